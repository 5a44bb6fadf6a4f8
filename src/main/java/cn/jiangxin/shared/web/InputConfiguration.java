package cn.jiangxin.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiangxin.shared.Decimals;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How every value from outside is read, in one place rather than endpoint by endpoint. A
 * JSON body is read strictly: a value must have its field's JSON type (no enum from its
 * ordinal, no fraction into an integer, no boolean from 1 or "true", no number into a
 * text or a date), a list may not hold null, a decimal must keep within {@link Decimals},
 * a floating-point number must be finite, a date must fall in the years 1000 to 9999, and
 * a text must be well-formed Unicode without NUL. Whatever is refused becomes a 400
 * naming the field ({@link ApiProblemHandler}); page forms get the same bound on decimals
 * from {@link FormInput}.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.addModule(new SimpleModule("jiangxin-input").setDeserializerModifier(new CheckedValues()));
	}

	/**
	 * The kinds of value checked after (or, for times, before) the standard deserializer
	 * reads them.
	 */
	enum Check {

		TEXT, DECIMAL, FLOATING, TIME;

		static Check of(Class<?> type) {
			if (type == String.class) {
				return TEXT;
			}
			if (type == BigDecimal.class) {
				return DECIMAL;
			}
			if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
				return FLOATING;
			}
			if (Temporal.class.isAssignableFrom(type)) {
				return TIME;
			}
			return null;
		}

		/** The refusal of a value, or null where it may pass. */
		InvalidInput refuse(JsonParser parser, Object value) {
			return switch (this) {
				case TEXT -> value instanceof String text && !wellFormed(text)
						? new InvalidInput(parser, "problem.field.text", null) : null;
				case DECIMAL -> value instanceof BigDecimal number && !Decimals.inRange(number)
						? new InvalidInput(parser, "problem.field.range", value) : null;
				case FLOATING -> value instanceof Number number && !Decimals.inRange(number.doubleValue())
						? new InvalidInput(parser, "problem.field.range", value) : null;
				case TIME -> value instanceof Temporal time && !plausibleYear(time)
						? new InvalidInput(parser, "problem.field.range", value) : null;
			};
		}

		/**
		 * A date or time in the years 1000 to 9999, which every database and every page
		 * can hold.
		 */
		private static boolean plausibleYear(Temporal time) {
			Temporal dated = time instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : time;
			if (!dated.isSupported(ChronoField.YEAR)) {
				return true;
			}
			int year = dated.get(ChronoField.YEAR);
			return year >= 1000 && year <= 9999;
		}

	}

	/**
	 * A value read as JSON but refused: text that is not well-formed, a number or date
	 * out of range.
	 */
	static final class InvalidInput extends InvalidFormatException {

		private final String messageCode;

		InvalidInput(JsonParser parser, String messageCode, Object value) {
			super(parser, messageCode, value, value == null ? Object.class : value.getClass());
			this.messageCode = messageCode;
		}

		/** The message code for the field. */
		String messageCode() {
			return messageCode;
		}

	}

	/** Whether a text is well-formed UTF-16 (every surrogate paired) and holds no NUL. */
	static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Wraps the deserializers of texts, decimals and floating-point numbers with their
	 * check.
	 */
	static final class CheckedValues extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			Check check = Check.of(deserializer.handledType());
			return check == null ? deserializer : new Checked(deserializer, check);
		}

	}

	/**
	 * A deserializer that reads as its delegate does, then refuses what its check
	 * refuses.
	 */
	static final class Checked extends DelegatingDeserializer {

		private final Check check;

		Checked(ValueDeserializer<?> delegate, Check check) {
			super(delegate);
			this.check = check;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate, check);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (check == Check.TIME && parser.currentToken() != null && parser.currentToken().isNumeric()) {
				// Dates and times are ISO text; a number would be read as an epoch,
				// however large.
				throw new InvalidInput(parser, "problem.field.type", null);
			}
			Object value = super.deserialize(parser, context);
			InvalidInput refusal = check.refuse(parser, value);
			if (refusal != null) {
				throw refusal;
			}
			return check == Check.DECIMAL ? Decimals.normalized((BigDecimal) value) : value;
		}

	}

}
