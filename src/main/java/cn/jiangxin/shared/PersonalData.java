package cn.jiangxin.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects personal data at rest (PIPL): values are encrypted with AES-256-GCM under the
 * data key, and looked up through an HMAC-SHA256 under a separate lookup key, so that an
 * ID number or phone can be found and de-duplicated without ever being stored in clear.
 * Keys come from configuration ({@code JIANGXIN_DATA_KEY}, {@code JIANGXIN_LOOKUP_KEY},
 * 32 bytes each in Base64); only the demo profile carries keys of its own.
 */
@Component
public class PersonalData {

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec dataKey;

	private final SecretKeySpec lookupKey;

	private final SecureRandom random = new SecureRandom();

	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private final ThreadLocal<Mac> macs;

	public PersonalData(@Value("${jiangxin.crypto.data-key:}") String dataKey,
			@Value("${jiangxin.crypto.lookup-key:}") String lookupKey) {
		this.dataKey = new SecretKeySpec(decodeKey("JIANGXIN_DATA_KEY", dataKey), "AES");
		this.lookupKey = new SecretKeySpec(decodeKey("JIANGXIN_LOOKUP_KEY", lookupKey), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.lookupKey);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * The value encrypted, as {@code v1:} + Base64(iv ‖ ciphertext ‖ tag); null stays
	 * null.
	 */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return VERSION + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("encryption failed", ex);
		}
	}

	/**
	 * The clear value of something {@link #encrypt} produced; fails if it was tampered
	 * with.
	 */
	public String decrypt(String sealed) {
		if (sealed == null) {
			return null;
		}
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalArgumentException("unknown cipher version");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("decryption failed", ex);
		}
	}

	/**
	 * The lookup hash of a normalized value of a kind (e.g. {@code id}, {@code phone}),
	 * as 64 hex digits.
	 */
	public String lookupHash(String kind, String normalized) {
		if (normalized == null) {
			return null;
		}
		Mac mac = macs.get();
		mac.update(kind.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) ':');
		return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] decodeKey(String name, String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException(name + " is not set: personal data cannot be protected without it. "
					+ "Give it 32 random bytes in Base64, e.g. `openssl rand -base64 32`.");
		}
		byte[] key = Base64.getDecoder().decode(base64.strip());
		if (key.length != 32) {
			throw new IllegalStateException(name + " must be 32 bytes in Base64, not " + key.length);
		}
		return key;
	}

}
