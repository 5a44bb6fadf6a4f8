package cn.jiangxin.exam.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.bench.Bench;
import cn.jiangxin.bench.BenchLogins;
import cn.jiangxin.exam.Audience;
import cn.jiangxin.exam.internal.paper.BlueprintRow;
import cn.jiangxin.exam.internal.setup.BlueprintDraft;
import cn.jiangxin.exam.internal.setup.ExamDraft;
import cn.jiangxin.exam.internal.setup.ExamService;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.PaperKind;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Role;

/**
 * The ground for the exam load test, laid on the demo's database while the platform runs on it: 10,000 new members
 * of 海斯坦普's union with member accounts and a live API token each (tokens are what a signed-in phone holds; the
 * sign-in itself, a deliberately slow password hash, is not what is measured), and an open quiz of the 经开区
 * union drawn by the robot final's blueprint (85 questions, 100 points) from its 300-question bank, open now for
 * three hours, 60 minutes a sitting. Writes the tokens and the exam's id under {@code target/bench-exam/}.
 */
public final class ExamLoadSetup {

	static final int CANDIDATES = Integer.getInteger("bench.candidates", 10_000);

	static final Path OUT = Paths.get("target", "bench-exam");

	private ExamLoadSetup() {
	}

	public static void run(ConfigurableApplicationContext context) {
		try {
			lay(context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void lay(ConfigurableApplicationContext context) throws IOException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long started = System.nanoTime();
		long union = jdbc.sql("SELECT id FROM org WHERE name = '海斯坦普汽车组件(北京)有限公司工会'").query(Long.class).single();
		long jingkai = jdbc.sql("SELECT id FROM org WHERE name = '北京经济技术开发区总工会'").query(Long.class).single();
		List<BenchLogins.Login> logins = BenchLogins.register(context, union, CANDIDATES, 405_000_000L, "考生");
		List<String> lines = new ArrayList<>(List.of("token"));
		logins.forEach(login -> lines.add(login.token()));

		long jingkaiAdmin = jdbc.sql("SELECT id FROM account WHERE username = 'jingkai'").query(Long.class).single();
		Actor admin = new Actor(jingkaiAdmin, "jingkai", "经开区总工会管理员", Set.of(Role.UNION_ADMIN), jingkai, Set.of(), null);
		ExamService exams = context.getBean(ExamService.class);
		ExamStore store = context.getBean(ExamStore.class);
		long robots = jdbc.sql("SELECT id FROM exam WHERE title LIKE '%工业机器人系统运维员） 理论考试'")
			.query(Long.class)
			.single();
		long bank = jdbc.sql("SELECT bank_id FROM exam WHERE id = ?").param(robots).query(Long.class).single();
		Instant opens = Instant.now().minus(Duration.ofMinutes(1));
		long exam = exams.create(admin, new ExamDraft("压测：经开区职工工业机器人知识竞答", "10,000 名职工同时开考的压测考试。", jingkai,
				Audience.SUBTREE, jingkai, opens, opens.plus(Duration.ofHours(3)), 60, 1, new BigDecimal("60"), true, false,
				false, false, null, bank, PaperKind.BLUEPRINT, false, true, false, null));
		List<BlueprintDraft.Row> rows = new ArrayList<>();
		for (BlueprintRow row : store.blueprint(robots)) {
			rows.add(new BlueprintDraft.Row(row.areaId(), row.type(), row.difficultyMin(), row.difficultyMax(), row.count(),
					row.points()));
		}
		exams.blueprint(admin, exam, new BlueprintDraft(rows));
		exams.publish(admin, exam, store.find(exam).orElseThrow().version());

		Files.createDirectories(OUT);
		Files.write(OUT.resolve("tokens.csv"), lines, StandardCharsets.UTF_8);
		Files.writeString(OUT.resolve("exam.txt"), String.valueOf(exam));
		Bench.result("exam.setup.candidates", logins.size(), "members");
		Bench.result("exam.setup.seconds", (System.nanoTime() - started) / 1e9, "s");
	}

}
