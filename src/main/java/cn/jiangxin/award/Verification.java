package cn.jiangxin.award;

import java.time.Instant;

/**
 * What the public verification of a certificate number shows: whether it is genuine and
 * in force, and if so the award, its holder and the contest. A number never issued is not
 * a {@code Verification} at all.
 */
public record Verification(String number, boolean valid, String status, String contestTitle, String awardName,
		String holder, String unitName, Instant issuedAt, Instant revokedAt) {
}
