package cn.jiangxin.benefit.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * Settlement over JSON and as a workbook: a subtree's summary per merchant and month, a
 * merchant's statement, and the statement as xlsx (audited).
 */
@RestController
@RequestMapping("/api/v1/settlements")
@PreAuthorize("isAuthenticated()")
@Tag(name = "settlements", description = "结算 · what unions owe merchants for coupons used")
class SettlementRestController {

	private final Settlements settlements;

	private final SettlementSheet sheet;

	private final AuditLog audit;

	SettlementRestController(Settlements settlements, SettlementSheet sheet, AuditLog audit) {
		this.settlements = settlements;
		this.sheet = sheet;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	@Operation(summary = "A subtree's settlement for a period: per merchant and per month")
	Settlements.Summary summary(@RequestParam long orgId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return settlements.summary(Actors.require(), orgId, from, to);
	}

	@GetMapping("/merchants/{merchantId}")
	@Operation(summary = "A merchant's statement for a period: every coupon used at its outlets")
	Settlements.Statement statement(@PathVariable long merchantId, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return settlements.statement(Actors.require(), merchantId, from, to);
	}

	@GetMapping("/merchants/{merchantId}/statement.xlsx")
	@Operation(summary = "A merchant's statement for a period as an xlsx workbook")
	void workbook(@PathVariable long merchantId, @RequestParam LocalDate from, @RequestParam LocalDate to,
			HttpServletResponse response) throws IOException {
		write(settlements, sheet, audit, Actors.require(), merchantId, from, to, response);
	}

	/** Writes a statement's workbook to the response, audited. */
	static void write(Settlements settlements, SettlementSheet sheet, AuditLog audit, Actor actor, long merchantId,
			LocalDate from, LocalDate to, HttpServletResponse response) throws IOException {
		Settlements.Statement statement = settlements.statement(actor, merchantId, from, to);
		audit.record("merchant", merchantId, statement.orgId(), AuditAction.EXPORT, null,
				Map.of("statement", from + "~" + to, "lines", statement.used()));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"settlement-" + merchantId + "-" + from + "-" + to + ".xlsx\"");
		sheet.write(statement, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

}
