package cn.jiangxin.contest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.contest.TrackView;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Zones;

/**
 * The rules a person must meet to take part in a track: registration is open, they are a
 * member in good standing (在会) within the contest's scope, of an allowed employment type,
 * within the age range on the day registration closes. Each failure is a field error
 * whose message names the rule it broke.
 */
@Component
class Eligibility {

	private final OrgScope scope;

	private final MessageSource messages;

	Eligibility(OrgScope scope, MessageSource messages) {
		this.scope = scope;
		this.messages = messages;
	}

	/**
	 * Fails with 409 unless the contest takes entries now: it is 报名中 and within its
	 * window.
	 */
	static void requireOpen(ContestView contest, Instant now) {
		if (contest.status() != ContestStatus.OPEN || now.isBefore(contest.opensAt())) {
			throw BusinessRuleException.conflict("contest.rule.notOpen", Zones.minute(contest.opensAt()));
		}
		if (!now.isBefore(contest.closesAt())) {
			throw BusinessRuleException.conflict("contest.rule.deadline", Zones.minute(contest.closesAt()));
		}
	}

	/**
	 * Fails with a field error on {@code field} unless {@code person} may take part in
	 * the track.
	 */
	void requireEligible(String field, ContestView contest, TrackView track, MemberView person) {
		requireEligible(field, contest, track, person, person.name());
	}

	/**
	 * The same, naming the person as {@code shownName} in the message (masked, for
	 * someone being invited).
	 */
	void requireEligible(String field, ContestView contest, TrackView track, MemberView person, String shownName) {
		if (!person.status().isActive()) {
			throw BusinessRuleException.invalid(field, "contest.rule.activeMember", shownName,
					label(person.status().messageKey()));
		}
		if (!scope.within(contest.scopeOrgId(), person.orgId())) {
			throw BusinessRuleException.invalid(field, "contest.rule.scope", shownName, contest.scopeOrgName());
		}
		if (!track.employmentTypes().isEmpty() && !track.employmentTypes().contains(person.employmentType())) {
			String allowed = track.employmentTypes()
				.stream()
				.sorted()
				.map(type -> label(type.messageKey()))
				.collect(Collectors.joining("、"));
			throw BusinessRuleException.invalid(field, "contest.rule.employment", shownName, allowed);
		}
		if (track.minAge() != null || track.maxAge() != null) {
			LocalDate closing = contest.closesAt().atZone(Zones.BEIJING).toLocalDate();
			if (person.birthDate() == null) {
				throw BusinessRuleException.invalid(field, "contest.rule.ageUnknown", shownName);
			}
			int age = Period.between(person.birthDate(), closing).getYears();
			if ((track.minAge() != null && age < track.minAge()) || (track.maxAge() != null && age > track.maxAge())) {
				throw BusinessRuleException.invalid(field, "contest.rule.age", shownName, age,
						track.minAge() == null ? "—" : track.minAge(), track.maxAge() == null ? "—" : track.maxAge());
			}
		}
	}

	/** Fails unless the declaration of a track that has one was accepted. */
	static void requireDeclaration(TrackView track, boolean accepted) {
		if (track.declaration() != null && !accepted) {
			throw BusinessRuleException.invalid("declarationAccepted", "contest.rule.declaration");
		}
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
