package cn.jiangxin.member.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.jiangxin.shared.PersonalData;

/**
 * What a member card's QR code carries: {@code JXCARD:1:<card number>:<signature>}, the
 * signature a keyed hash so that a merchant's or an event's scanner can tell a real card
 * from a made-up number.
 */
@Component
class MemberCards {

	static final String PREFIX = "JXCARD:1:";

	private final PersonalData data;

	MemberCards(PersonalData data) {
		this.data = data;
	}

	String payload(String cardNo) {
		return PREFIX + cardNo + ":" + signature(cardNo);
	}

	/** The card number a scanned payload carries, if its signature is right. */
	Optional<String> verify(String payload) {
		if (payload == null || !payload.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String[] parts = payload.substring(PREFIX.length()).split(":");
		if (parts.length != 2 || !CardNumbers.isValid(parts[0]) || !signature(parts[0]).equals(parts[1])) {
			return Optional.empty();
		}
		return Optional.of(parts[0]);
	}

	private String signature(String cardNo) {
		return data.lookupHash("card", cardNo).substring(0, 16);
	}

}
