package cn.jiangxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Values under sensitive keys are masked however deep they sit. */
class SensitiveValuesTests {

	@Test
	void masksSensitiveKeysAtAnyDepth() {
		Map<String, Object> masked = SensitiveValues.mask(
				Map.of("name", "张建国", "idNumber", "110105199001011234", "contact", Map.of("mobilePhone", "13812345678"),
						"passwordHash", "{argon2}$abc", "phones", List.of("13912345678")));
		assertThat(masked).containsEntry("name", "张建国")
			.containsEntry("idNumber", "110105********1234")
			.containsEntry("contact", Map.of("mobilePhone", "138****5678"))
			.containsEntry("passwordHash", "******")
			.containsEntry("phones", List.of("139****5678"));
	}

	@Test
	void leavesNullStatesNull() {
		assertThat(SensitiveValues.mask(null)).isNull();
	}

}
