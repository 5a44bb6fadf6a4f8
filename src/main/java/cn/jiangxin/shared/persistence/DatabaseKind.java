package cn.jiangxin.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database the platform runs on, for the few queries that use what only PostgreSQL
 * offers.
 */
@Component
public class DatabaseKind {

	private final boolean postgres;

	public DatabaseKind(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
	}

	public boolean isPostgres() {
		return postgres;
	}

}
