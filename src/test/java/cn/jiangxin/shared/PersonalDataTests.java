package cn.jiangxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Personal data is encrypted to be revealed and hashed to be found. */
public class PersonalDataTests {

	public static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);

	public static final String KEY_B = Base64.getEncoder()
		.encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private final PersonalData data = new PersonalData(KEY_A, KEY_B);

	@Test
	void encryptsSoThatOnlyTheKeyReadsIt() {
		String sealed = data.encrypt("110105199003070017");
		assertThat(sealed).startsWith("v1:").doesNotContain("110105");
		assertThat(data.encrypt("110105199003070017")).isNotEqualTo(sealed);
		assertThat(data.decrypt(sealed)).isEqualTo("110105199003070017");
	}

	@Test
	void noticesTampering() {
		String sealed = data.encrypt("13912345678");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[bytes.length - 1] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatIllegalStateException().isThrownBy(() -> data.decrypt(tampered));
	}

	@Test
	void hashesLookupsStablyAndUnderItsOwnKey() {
		String hash = data.lookupHash("phone", "13912345678");
		assertThat(hash).hasSize(64).isEqualTo(data.lookupHash("phone", "13912345678"));
		assertThat(data.lookupHash("id", "13912345678")).isNotEqualTo(hash);
		assertThat(new PersonalData(KEY_A, KEY_A).lookupHash("phone", "13912345678")).isNotEqualTo(hash);
	}

	@Test
	void refusesToStartWithoutKeys() {
		assertThatIllegalStateException().isThrownBy(() -> new PersonalData("", KEY_B))
			.withMessageContaining("JIANGXIN_DATA_KEY");
		assertThatIllegalStateException().isThrownBy(() -> new PersonalData("c2hvcnQ=", KEY_B))
			.withMessageContaining("32 bytes");
	}

}
