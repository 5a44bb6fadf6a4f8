package cn.jiangxin.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.shared.Masking;

/**
 * Masks values under sensitive keys before they reach the audit log, however deep they
 * sit.
 */
final class SensitiveValues {

	private SensitiveValues() {
	}

	static Map<String, Object> mask(Map<String, ?> state) {
		if (state == null) {
			return null;
		}
		Map<String, Object> masked = new LinkedHashMap<>();
		state.forEach((key, value) -> masked.put(key, maskValue(key, value)));
		return masked;
	}

	@SuppressWarnings("unchecked")
	private static Object maskValue(String key, Object value) {
		if (value instanceof Map<?, ?> nested) {
			return mask((Map<String, ?>) nested);
		}
		if (value instanceof Collection<?> items) {
			List<Object> maskedItems = new ArrayList<>(items.size());
			for (Object item : items) {
				maskedItems.add(maskValue(key, item));
			}
			return maskedItems;
		}
		if (value == null) {
			return null;
		}
		String name = key.toLowerCase(Locale.ROOT);
		if (name.contains("password") || name.contains("token") || name.contains("secret") || name.contains("cipher")
				|| name.contains("hash")) {
			return Masking.secret(value.toString());
		}
		if (name.contains("idnumber") || name.contains("idcard") || name.contains("passport")) {
			return Masking.idNumber(value.toString());
		}
		if (name.contains("phone") || name.contains("mobile")) {
			return Masking.phone(value.toString());
		}
		return value;
	}

}
