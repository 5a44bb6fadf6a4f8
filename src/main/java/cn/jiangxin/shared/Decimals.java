package cn.jiangxin.shared;

import java.math.BigDecimal;

/**
 * The range every decimal number taken from outside (a JSON body, a form, a spreadsheet
 * cell) must keep: at most {@value #INTEGER_DIGITS} digits before the point and
 * {@value #FRACTION_DIGITS} after it. A number such as {@code 1e999999999} or
 * {@code 1e-999999999} is a few bytes to send but cannot be stored, printed or computed
 * with; it is refused where it enters, never carried to the database.
 */
public final class Decimals {

	/**
	 * Digits before the point: enough for any amount of money ({@code DECIMAL(19,2)}) and
	 * any score.
	 */
	public static final int INTEGER_DIGITS = 17;

	/** Digits after the point that carry meaning. */
	public static final int FRACTION_DIGITS = 10;

	private Decimals() {
	}

	/** Whether a number keeps within the range; null does. */
	public static boolean inRange(BigDecimal number) {
		if (number == null || number.signum() == 0) {
			return true;
		}
		BigDecimal exact = number.stripTrailingZeros();
		return exact.scale() <= FRACTION_DIGITS && exact.precision() - exact.scale() <= INTEGER_DIGITS;
	}

	/** Whether a floating-point number is finite and keeps within the range. */
	public static boolean inRange(double number) {
		return Double.isFinite(number) && inRange(BigDecimal.valueOf(number));
	}

	/**
	 * The number written in {@code text}, refused (as {@link NumberFormatException}, like
	 * any text that is no number) if it is out of range; the text is parsed without first
	 * being expanded.
	 */
	public static BigDecimal parse(String text) {
		BigDecimal number = new BigDecimal(text.strip());
		if (!inRange(number)) {
			throw new NumberFormatException(
					"out of range: " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
		}
		return normalized(number);
	}

	/**
	 * The number as it may be stored: a zero written with any exponent
	 * ({@code 0E-999999999}) becomes 0.
	 */
	public static BigDecimal normalized(BigDecimal number) {
		return number != null && number.signum() == 0 ? BigDecimal.ZERO : number;
	}

}
