package cn.jiangxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.support.IntegrationTest;

/**
 * The audit trail's log lines go to a file of their own, not to the console, so the
 * console of a starting platform ends with its banner rather than thousands of audit
 * lines.
 */
@IntegrationTest
class AuditLogFileTests {

	@Autowired
	AuditLog audit;

	@Test
	void auditLinesGoToTheirOwnFileAndNotTheConsole() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger("jiangxin.audit");
		assertThat(logger.isAdditive()).as("audit lines stay out of the root (console) appenders").isFalse();
		List<Appender<?>> appenders = new ArrayList<>();
		logger.iteratorForAppenders().forEachRemaining(appenders::add);
		assertThat(appenders).singleElement().isInstanceOf(FileAppender.class);
		Path file = Path.of(((FileAppender<?>) appenders.get(0)).getFile());
		String marker = "marker-" + UUID.randomUUID();
		audit.record("org", marker, null, AuditAction.UPDATE, null, Map.of("note", marker));
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(marker);
	}

}
