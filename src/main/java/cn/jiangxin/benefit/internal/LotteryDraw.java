package cn.jiangxin.benefit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The draw of a lottery campaign, a pure function anyone can repeat: each entry's ticket
 * is the SHA-256 of {@code seed + ":" + entry number} in lowercase hex, and the entries
 * with the lowest tickets win, as many as there are coupons. The seed's own SHA-256 was
 * shown when the campaign was published, before anyone registered, so the seed revealed
 * at the draw can be checked against it.
 */
final class LotteryDraw {

	private LotteryDraw() {
	}

	/** An entry with its ticket. */
	record Ticket(long entryId, String ticket) {
	}

	/** An entry's ticket under a seed. */
	static String ticket(String seed, long entryId) {
		return sha256(seed + ":" + entryId);
	}

	/**
	 * The SHA-256 of a text's UTF-8 bytes, in lowercase hex (a seed's commitment, a
	 * ticket).
	 */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every entry's ticket, lowest first (ties, which SHA-256 does not make, by entry
	 * number).
	 */
	static List<Ticket> order(String seed, List<Long> entryIds) {
		return entryIds.stream()
			.map(id -> new Ticket(id, ticket(seed, id)))
			.sorted(Comparator.comparing(Ticket::ticket).thenComparingLong(Ticket::entryId))
			.toList();
	}

	/** The winning entries: the {@code stock} lowest tickets, lowest first. */
	static List<Ticket> winners(String seed, List<Long> entryIds, int stock) {
		List<Ticket> order = order(seed, entryIds);
		return order.subList(0, Math.min(stock, order.size()));
	}

}
