package cn.jiangxin.member.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Member card numbers (互助服务卡号): {@code 11} for Beijing, a nine-digit serial and a Luhn
 * check digit, twelve digits a clerk can type and a scanner can verify. Serials come from
 * a database sequence in blocks of 100, so that an import does not ask the database once
 * per card.
 */
@Component
public class CardNumbers {

	static final String REGION = "11";

	private static final int BLOCK = 100;

	private final JdbcClient jdbc;

	private long next;

	private long blockEnd;

	CardNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next unused card number. */
	public synchronized String next() {
		if (next >= blockEnd) {
			long start = jdbc.sql("SELECT nextval('member_card_seq')").query(Long.class).single();
			next = start;
			blockEnd = start + BLOCK;
		}
		return format(next++);
	}

	static String format(long serial) {
		String body = REGION + String.format("%09d", serial);
		return body + luhn(body);
	}

	/** Whether a card number is well formed: twelve digits with a correct check digit. */
	public static boolean isValid(String cardNo) {
		return cardNo != null && cardNo.length() == 12 && cardNo.chars().allMatch(Character::isDigit)
				&& luhn(cardNo.substring(0, 11)) == cardNo.charAt(11);
	}

	static char luhn(String digits) {
		int sum = 0;
		boolean doubleIt = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubleIt) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubleIt = !doubleIt;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}

}
