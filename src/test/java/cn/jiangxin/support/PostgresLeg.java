package cn.jiangxin.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Guards the PostgreSQL leg: with no server it skips with a message, unless the leg is
 * required ({@code -Djiangxin.test.postgres=required}, as CI runs it), in which case
 * every test fails.
 */
public class PostgresLeg implements ExecutionCondition {

	private static volatile String reason;

	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2 leg");
		}
		String mode = TestDatabase.postgresMode();
		if ("off".equals(mode)) {
			return ConditionEvaluationResult.disabled("PostgreSQL leg switched off (jiangxin.test.postgres=off)");
		}
		if (!checked) {
			reason = TestDatabase.postgresUnreachableReason();
			checked = true;
		}
		if (reason == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable");
		}
		if ("required".equals(mode)) {
			throw new ExtensionConfigurationException(
					"PostgreSQL leg is required but the server is unreachable: " + reason);
		}
		return ConditionEvaluationResult.disabled("PostgreSQL leg skipped, no server: " + reason);
	}

}
