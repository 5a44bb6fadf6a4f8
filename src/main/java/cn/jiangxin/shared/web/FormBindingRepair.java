package cn.jiangxin.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Keeps a page form on screen when a value cannot be converted (a date typed as 明天, an
 * unknown enum). Spring builds a record form with that value left null but hands the page
 * a binding result whose target is null, so the page would fail with a 500; this puts the
 * form and its errors back together, and the page shows the field error beside what was
 * typed.
 */
@Component
class FormBindingRepair implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(adapter.getArgumentResolvers());
			resolvers.replaceAll(resolver -> resolver instanceof ServletModelAttributeMethodProcessor processor
					? new Repairing(processor) : resolver);
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	/**
	 * Resolves a model attribute as Spring does, then pairs a constructed form with its
	 * errors again.
	 */
	private record Repairing(ServletModelAttributeMethodProcessor delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			Object attribute = delegate.resolveArgument(parameter, container, request, binders);
			if (container == null || attribute == null) {
				return attribute;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			String key = BindingResult.MODEL_KEY_PREFIX + name;
			if (container.getModel().get(key) instanceof BindingResult result && result.getTarget() == null) {
				BeanPropertyBindingResult repaired = new BeanPropertyBindingResult(attribute, name);
				repaired.addAllErrors(result);
				container.getModel().remove(name);
				container.getModel().remove(key);
				container.addAttribute(name, attribute);
				container.addAttribute(key, repaired);
			}
			return attribute;
		}

	}

}
