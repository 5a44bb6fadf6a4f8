package cn.jiangxin.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.PersonalDataTests;

/** A member card's signed QR payload verifies, and a made-up one does not. */
class MemberCardsTests {

	private final MemberCards cards = new MemberCards(
			new PersonalData(PersonalDataTests.KEY_A, PersonalDataTests.KEY_B));

	@Test
	void aScannedCardVerifies() {
		String card = CardNumbers.format(77);
		assertThat(cards.verify(cards.payload(card))).contains(card);
	}

	@Test
	void aMadeUpCardDoesNot() {
		String card = CardNumbers.format(77);
		String other = CardNumbers.format(78);
		String forged = cards.payload(card).replace(card, other);
		assertThat(cards.verify(forged)).isEmpty();
		assertThat(cards.verify("JXCARD:1:" + other + ":0000000000000000")).isEmpty();
		assertThat(cards.verify("hello")).isEmpty();
	}

}
