package cn.jiangxin.support;

import java.security.SecureRandom;
import java.time.LocalDate;

import cn.jiangxin.shared.IdNumbers;

/** Valid resident ID numbers and mobile numbers nobody else in the test database has. */
public final class People {

	private static final SecureRandom RANDOM = new SecureRandom();

	private People() {
	}

	/** A fresh valid 18-digit ID number of a man or a woman. */
	public static String idNumber(boolean male) {
		LocalDate birth = LocalDate.of(1960 + RANDOM.nextInt(45), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
		String region = "3701" + String.format("%02d", 1 + RANDOM.nextInt(90));
		int sequence = RANDOM.nextInt(500) * 2 + (male ? 1 : 0);
		String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	public static String idNumber() {
		return idNumber(RANDOM.nextBoolean());
	}

	/** A fresh mainland mobile number. */
	public static String phone() {
		return "19" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
	}

	/**
	 * A client address of its own, so that rate limits of one test do not touch another.
	 */
	public static String clientAddress() {
		return "10." + RANDOM.nextInt(250) + "." + RANDOM.nextInt(250) + "." + (1 + RANDOM.nextInt(250));
	}

}
