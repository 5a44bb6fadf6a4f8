package cn.jiangxin.support;

import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.annotation.DeterminableImports;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Registers every {@code @TestComponent} of the tests (each module's fixtures and scope
 * probes), so that every flow test, browser walk and hostile-request test runs on one and
 * the same Spring context: a test names no fixtures of its own, and the context cache
 * keeps a single context for the whole leg. What it imports is the same for every test
 * class ({@link DeterminableImports}), so the test's own annotations do not split the
 * cache.
 */
public class TestBeans implements ImportBeanDefinitionRegistrar, DeterminableImports {

	@Override
	public Set<Object> determineImports(AnnotationMetadata metadata) {
		return Set.of(TestBeans.class.getName());
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(TestComponent.class));
		AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
		for (BeanDefinition candidate : scanner.findCandidateComponents("cn.jiangxin")) {
			String name = names.generateBeanName(candidate, registry);
			if (!registry.containsBeanDefinition(name)) {
				registry.registerBeanDefinition(name, candidate);
			}
		}
	}

}
