package cn.jiangxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Templates call methods on the objects their controllers hand them, through SpEL, which
 * finds only public methods: a call to a package-private method answers 500 at run time,
 * and only for data in the state that reaches the call (a judge's page broke this way
 * once a sheet existed). This test finds every method name a template calls and fails if
 * a record, enum or other value class of Jiangxin declares a method of that name that a
 * template cannot reach. The render sweep finds the same at run time for the data the
 * demo holds.
 */
class TemplateExpressionsTests {

	private static final Pattern EXPRESSION = Pattern.compile("[$*]\\{([^}]*)\\}");

	private static final Pattern CALL = Pattern.compile("\\.([a-zA-Z_][a-zA-Z0-9_]*)\\(");

	private static final Set<Class<? extends Annotation>> BEANS = Set.of(Component.class, Service.class,
			Repository.class, Controller.class, RestController.class, Configuration.class, ControllerAdvice.class,
			RestControllerAdvice.class);

	@Test
	void everyMethodATemplateCallsIsPublicWhereverItIsDeclared() throws IOException {
		Set<String> called = calledInTemplates();
		assertThat(called).as("method names the templates call").contains("submitted", "name");
		Set<String> unreachable = new TreeSet<>();
		for (JavaClass javaClass : new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.jiangxin")) {
			Class<?> type = javaClass.reflect();
			if (!isHandedToPages(type)) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (method.isSynthetic() || Modifier.isStatic(method.getModifiers())
						|| Modifier.isPrivate(method.getModifiers()) || !called.contains(method.getName())) {
					continue;
				}
				if (!Modifier.isPublic(method.getModifiers()) && !hasPublicTwin(type, method)) {
					unreachable.add(type.getName() + "." + method.getName() + "()");
				}
			}
		}
		assertThat(unreachable).as("methods templates call by name that SpEL cannot reach").isEmpty();
	}

	/**
	 * Whether values of the type may reach a template: not a bean, not an aggregate
	 * (pages get views of those), not the demo's seeders and makers (shared.demo and each
	 * module's Demo… classes).
	 */
	private static boolean isHandedToPages(Class<?> type) {
		return !(BEANS.stream().anyMatch(type::isAnnotationPresent) || type.isInterface() || type.isAnnotation()
				|| Stream.of(type.getDeclaredFields()).anyMatch(field -> field.isAnnotationPresent(Id.class))
				|| type.getPackageName().startsWith("cn.jiangxin.shared.demo") || type.getName().contains(".Demo"));
	}

	/**
	 * Whether the type also has a public method of the same name and arity that SpEL
	 * would find instead.
	 */
	private static boolean hasPublicTwin(Class<?> type, Method method) {
		return Stream.of(type.getMethods())
			.anyMatch(m -> m.getName().equals(method.getName()) && m.getParameterCount() == method.getParameterCount());
	}

	private static Set<String> calledInTemplates() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher expression = EXPRESSION.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (expression.find()) {
					Matcher call = CALL.matcher(expression.group(1));
					while (call.find()) {
						names.add(call.group(1));
					}
				}
			}
		}
		return names;
	}

}
