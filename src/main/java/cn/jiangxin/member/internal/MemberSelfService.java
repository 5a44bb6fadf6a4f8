package cn.jiangxin.member.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.audit.AuditAction;
import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.IdType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.Masking;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Phones;

/**
 * What members do for themselves: activate their account with ID number plus card number,
 * and keep their contact details current.
 */
@Service
@Transactional
class MemberSelfService {

	private final MemberStore store;

	private final PersonalData data;

	private final AccountApi accounts;

	private final AuditLog audit;

	MemberSelfService(MemberStore store, PersonalData data, AccountApi accounts, AuditLog audit) {
		this.store = store;
		this.data = data;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Opens the member's account; the same message for any mismatch, so that nothing is
	 * learned by guessing.
	 */
	long activate(IdType idType, String idNumber, String cardNo, String password, String confirmation) {
		if (!Objects.equals(password, confirmation)) {
			throw BusinessRuleException.invalid("confirmation", "password.mismatch");
		}
		String normalized = idType == IdType.RESIDENT_ID ? IdNumbers.normalize(idNumber)
				: idNumber.strip().toUpperCase(Locale.ROOT);
		MemberRecord member = store.findByIdHash(Sealed.idHash(data, idType, normalized))
			.filter(found -> found.cardNo().equals(cardNo == null ? "" : cardNo.strip()))
			.orElseThrow(() -> BusinessRuleException.invalid("cardNo", "member.activation.noMatch"));
		return openAccount(member, password);
	}

	/**
	 * Opens the member's own account as the platform does for trusted callers (demo
	 * data), without the ID check.
	 */
	long openAccount(long memberId, String password) {
		return openAccount(store.find(memberId).orElseThrow(() -> new NotFoundException("member", memberId)), password);
	}

	private long openAccount(MemberRecord member, String password) {
		if (!member.inGoodStanding()) {
			throw BusinessRuleException.invalid("cardNo", "member.activation.notInGoodStanding");
		}
		String signInPhone = accounts.phoneTakenByOther(member.phoneHash(), member.id()) ? null : member.phoneHash();
		return accounts.provisionMember(member.id(), member.cardNo(), member.name(), password, member.orgId(),
				signInPhone);
	}

	void updateContact(Actor actor, String phone, String email) {
		MemberRecord member = store.find(actor.memberId()).orElseThrow();
		String mobile = phone == null || phone.isBlank() ? null : Phones.normalizeMobile(phone);
		if (mobile != null && !Phones.isMobile(mobile)) {
			throw BusinessRuleException.invalid("phone", "member.phone.invalid");
		}
		String cleanEmail = email == null || email.isBlank() ? null : email.strip();
		if (cleanEmail != null && (cleanEmail.length() > 100 || !cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw BusinessRuleException.invalid("email", "member.email.invalid");
		}
		String phoneHash = mobile == null ? null : Sealed.phoneHash(data, mobile);
		if (accounts.phoneTakenByOther(phoneHash, member.id())) {
			throw BusinessRuleException.invalid("phone", "member.phone.takenForSignIn");
		}
		MemberRecord changed = new MemberRecord(member.id(), member.orgId(), member.name(), member.gender(),
				member.idType(), member.idCipher(), member.idHash(), member.idMasked(), member.birthDate(),
				data.encrypt(mobile), phoneHash, Masking.phone(mobile), cleanEmail, member.education(),
				member.employmentType(), member.employerName(), member.joinDate(), member.status(), member.cardNo(),
				member.source(), member.importJobId(), member.tags(), member.version(), member.createdAt(),
				member.updatedAt());
		store.update(changed);
		accounts.followMember(member.id(), member.orgId(), phoneHash);
		audit.record(MemberService.ENTITY, member.id(), member.orgId(), AuditAction.UPDATE,
				Map.of("phone", member.phoneMasked() == null ? "" : member.phoneMasked(), "email",
						member.email() == null ? "" : member.email()),
				Map.of("phone", changed.phoneMasked() == null ? "" : changed.phoneMasked(), "email",
						cleanEmail == null ? "" : cleanEmail));
	}

}
