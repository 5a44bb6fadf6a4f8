package cn.jiangxin.member.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.member.internal.MemberRecord;
import cn.jiangxin.member.internal.MemberService;
import cn.jiangxin.member.internal.MemberStore;
import cn.jiangxin.member.internal.imports.MemberColumns.Column;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.OrgScope.SqlFilter;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.shared.Permission;
import cn.jiangxin.shared.PersonalData;

/**
 * Exports the members of a subtree to {@code .xlsx} as a stream: rows come from a
 * database cursor and leave as inline strings, so memory stays flat however many there
 * are. ID and phone numbers are masked unless the exporter holds the reveal permission
 * and asks for them in clear; every export is audited.
 */
@Component
class MemberExport {

	private final JdbcTemplate cursor;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	private final PersonalData data;

	private final MessageSource messages;

	private final AuditLog audit;

	MemberExport(DataSource dataSource, OrgScope scope, OrgDirectory orgNames, PersonalData data,
			MessageSource messages, AuditLog audit) {
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(1_000);
		this.scope = scope;
		this.orgNames = orgNames;
		this.data = data;
		this.messages = messages;
		this.audit = audit;
	}

	/** Refuses an export the actor may not make, before anything is written. */
	void check(Actor actor, long orgId, boolean clear) {
		scope.require(actor, orgId);
		if (clear && !actor.may(Permission.REVEAL_PERSONAL_DATA)) {
			throw new OutOfScopeException("export personal data in clear");
		}
	}

	/** Writes the workbook and its audit row; returns how many members it holds. */
	@Transactional
	long export(Actor actor, long orgId, boolean clear, Locale locale, OutputStream out) {
		check(actor, orgId, clear);
		Map<Long, String> names = orgNames.names(List.of(orgId));
		SqlFilter subtree = scope.subtree(orgId, "m.org_id");
		long count = 0;
		try {
			Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
			Worksheet sheet = workbook.newWorksheet("会员");
			List<String> headers = new ArrayList<>();
			for (Column column : Column.values()) {
				headers.add(column.header);
			}
			headers.add("会员卡号");
			headers.add("会员状态");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
			Map<Long, String> unionNames = new HashMap<>(names);
			try (Stream<MemberRecord> rows = cursor.queryForStream(
					"SELECT m.* FROM member m WHERE " + subtree.sql() + " ORDER BY m.org_id, m.id", MemberStore::row,
					subtree.params().toArray())) {
				int r = 1;
				for (MemberRecord m : (Iterable<MemberRecord>) rows::iterator) {
					String union = unionNames.computeIfAbsent(m.orgId(),
							id -> orgNames.names(List.of(id)).getOrDefault(id, ""));
					String[] cells = { m.name(), label(m.gender().messageKey(), locale),
							label(m.idType().messageKey(), locale), clear ? data.decrypt(m.idCipher()) : m.idMasked(),
							string(m.birthDate()), clear ? data.decrypt(m.phoneCipher()) : m.phoneMasked(), m.email(),
							m.education() == null ? null : label(m.education().messageKey(), locale),
							label(m.employmentType().messageKey(), locale), m.employerName(), union,
							string(m.joinDate()), m.tags(), m.cardNo(), label(m.status().messageKey(), locale) };
					for (int c = 0; c < cells.length; c++) {
						if (cells[c] != null) {
							sheet.inlineString(r, c, cells[c]);
						}
					}
					r++;
					count++;
					if (r % 5_000 == 0) {
						sheet.flush();
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit.record(MemberService.ENTITY, null, orgId, AuditAction.EXPORT, null,
				Map.of("org", names.getOrDefault(orgId, ""), "rows", count, "clear", clear));
		return count;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}

}
