package cn.jiangxin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only its own tables (those its migrations create) and the other
 * modules' tables that {@code docs/architecture.md} lists for it under «Cross-module
 * SQL». Reads the sources, no Spring context.
 */
class CrossModuleSqlTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/cn/jiangxin");

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

	/**
	 * SQL keywords are written in capitals in this code base, which keeps English prose
	 * in messages out.
	 */
	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COPY|TRUNCATE)\\s+(\\w+)");

	private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:name\\s*=\\s*)?\"(\\w+)\"");

	private static final Pattern ALLOWED_ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|([^|]*)\\|");

	private static final Pattern CODE = Pattern.compile("`(\\w+)`");

	@Test
	void everyCrossModuleTableReferenceIsListed() throws IOException {
		Map<String, String> owners = tableOwners();
		Map<String, Set<String>> allowed = allowedReferences();
		Map<String, Set<String>> found = new TreeMap<>();
		List<String> unlisted = new ArrayList<>();
		for (Path file : javaSources()) {
			String module = SOURCES.relativize(file).getName(0).toString();
			for (String table : referencedTables(Files.readString(file))) {
				String owner = owners.get(table);
				if (owner == null || owner.equals(module)) {
					continue;
				}
				found.computeIfAbsent(module, m -> new TreeSet<>()).add(table);
				if (!allowed.getOrDefault(module, Set.of()).contains(table)) {
					unlisted.add(module + " names " + owner + "'s table " + table + " in " + file);
				}
			}
		}
		assertThat(owners).as("tables created by the migrations").isNotEmpty();
		assertThat(unlisted).as("cross-module SQL not listed in docs/architecture.md («Cross-module SQL»)").isEmpty();
		assertThat(allowed).as("listed in docs/architecture.md but no longer named in SQL; strike them from the list")
			.isEqualTo(found);
	}

	@Test
	void readsTableNamesFromSqlTextOnly() {
		String source = """
				/** Reads FROM member in a comment. */
				class Sample {
					String prose = "moved from member to member";
					String sql = \"""
							SELECT e.* FROM entry e JOIN org_closure c ON c.descendant_id = e.unit_org_id
							\""";
					char quote = '"';
					String insert = "INSERT INTO score_sheet (id) VALUES (?)"; // UPDATE account
				}
				""";
		assertThat(referencedTables(source)).containsExactlyInAnyOrder("entry", "org_closure", "score_sheet");
	}

	/** Which module's migrations create each table. */
	private static Map<String, String> tableOwners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String module = MIGRATIONS.relativize(file).getName(0).toString();
				Matcher m = CREATE_TABLE.matcher(Files.readString(file));
				while (m.find()) {
					owners.put(m.group(1).toLowerCase(), module);
				}
			}
		}
		return owners;
	}

	/**
	 * The rows of the «Cross-module SQL» table: module, then the foreign tables it may
	 * name.
	 */
	private static Map<String, Set<String>> allowedReferences() throws IOException {
		Map<String, Set<String>> allowed = new TreeMap<>();
		boolean inSection = false;
		for (String line : Files.readAllLines(ARCHITECTURE)) {
			if (line.startsWith("## ")) {
				inSection = line.equals("## Cross-module SQL");
				continue;
			}
			Matcher row = ALLOWED_ROW.matcher(line);
			if (inSection && row.find()) {
				Matcher table = CODE.matcher(row.group(2));
				while (table.find()) {
					allowed.computeIfAbsent(row.group(1), m -> new TreeSet<>()).add(table.group(1));
				}
			}
		}
		return allowed;
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> SOURCES.relativize(f).getNameCount() > 1)
				.sorted()
				.toList();
		}
	}

	/**
	 * Tables named after an SQL keyword in the string literals and text blocks, and in
	 * {@code @Table}.
	 */
	static Set<String> referencedTables(String source) {
		Set<String> tables = new TreeSet<>();
		for (String literal : stringLiterals(source)) {
			Matcher m = TABLE_REFERENCE.matcher(literal);
			while (m.find()) {
				tables.add(m.group(1).toLowerCase());
			}
		}
		Matcher annotation = TABLE_ANNOTATION.matcher(source);
		while (annotation.find()) {
			tables.add(annotation.group(1).toLowerCase());
		}
		return tables;
	}

	/**
	 * The string literals and text blocks of a Java source, comments and character
	 * literals skipped.
	 */
	private static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = (end < 0) ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				i = source.indexOf("*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				literals.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int end = i + 1;
				while (source.charAt(end) != quote) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(source.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

}
