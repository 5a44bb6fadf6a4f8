package cn.jiangxin.member.internal;

import cn.jiangxin.member.IdType;
import cn.jiangxin.shared.Masking;
import cn.jiangxin.shared.PersonalData;

/** A person's ID and phone as stored: encrypted, with lookup hashes and masked forms. */
public record Sealed(String idCipher, String idHash, String idMasked, String phoneCipher, String phoneHash,
		String phoneMasked) {

	public static Sealed of(Person person, PersonalData data) {
		String phone = person.phone();
		return new Sealed(data.encrypt(person.idNumber()), idHash(data, person.idType(), person.idNumber()),
				Masking.idNumber(person.idNumber()), data.encrypt(phone), phoneHash(data, phone), Masking.phone(phone));
	}

	public static String idHash(PersonalData data, IdType type, String normalizedNumber) {
		return data.lookupHash("id-" + type.name(), normalizedNumber);
	}

	public static String phoneHash(PersonalData data, String normalizedPhone) {
		return data.lookupHash("phone", normalizedPhone);
	}

}
