package cn.jiangxin.benefit.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.PersonalData;

/**
 * Coupon codes and what a coupon's QR carries. A code is 12 characters drawn at random
 * from 31 that cannot be misread (no 0, O, 1, I or L), about 10^18 codes; the QR carries
 * {@code JXCOUPON:1:<code>:<signature>}, the signature a keyed hash, so a scanner tells a
 * coupon of this platform from a made-up one.
 */
@Component
class CouponCodes {

	static final String PREFIX = "JXCOUPON:1:";

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PersonalData data;

	CouponCodes(PersonalData data) {
		this.data = data;
	}

	/** A new random code. */
	static String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** A typed or scanned code in its stored form, if it can be one. */
	static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return Optional.empty();
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(code);
	}

	static String grouped(String code) {
		return code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8);
	}

	/** What the coupon's QR carries. */
	String payload(String code) {
		return PREFIX + code + ":" + signature(code);
	}

	/**
	 * The code a scan or a typed entry names: a signed payload whose signature is right,
	 * or a bare code.
	 */
	Optional<String> read(String scanned) {
		if (scanned == null) {
			return Optional.empty();
		}
		String value = scanned.strip();
		if (!value.startsWith(PREFIX)) {
			return normalize(value);
		}
		String[] parts = value.substring(PREFIX.length()).split(":");
		if (parts.length != 2 || normalize(parts[0]).filter(parts[0]::equals).isEmpty()
				|| !signature(parts[0]).equals(parts[1])) {
			return Optional.empty();
		}
		return Optional.of(parts[0]);
	}

	private String signature(String code) {
		return data.lookupHash("coupon", code).substring(0, 16);
	}

}
