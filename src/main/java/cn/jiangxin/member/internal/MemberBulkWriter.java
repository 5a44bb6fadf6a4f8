package cn.jiangxin.member.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import cn.jiangxin.shared.persistence.DatabaseKind;

/**
 * Writes many new members at once: PostgreSQL's {@code COPY} where the platform runs on
 * PostgreSQL (within the current transaction), a JDBC batch elsewhere.
 */
@Component
public class MemberBulkWriter {

	private final DataSource dataSource;

	private final MemberStore store;

	private final boolean postgres;

	MemberBulkWriter(DataSource dataSource, MemberStore store, DatabaseKind database) {
		this.dataSource = dataSource;
		this.store = store;
		this.postgres = database.isPostgres();
	}

	public void insert(List<MemberRecord> members) {
		if (members.isEmpty()) {
			return;
		}
		if (!postgres) {
			store.insertAll(members);
			return;
		}
		StringBuilder csv = new StringBuilder(members.size() * 400);
		for (MemberRecord member : members) {
			List<Object> values = MemberStore.values(member);
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				appendCsv(csv, values.get(i));
			}
			csv.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY member (" + MemberStore.COLUMNS.replace("\n", " ") + ") FROM STDIN WITH (FORMAT csv)",
						new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			throw new DataIntegrityViolationException("COPY into member failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void appendCsv(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		String text = value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString();
		csv.append('"').append(text.replace("\"", "\"\"")).append('"');
	}

}
