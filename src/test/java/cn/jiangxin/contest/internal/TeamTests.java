package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.EntryView;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OutOfScopeException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Forming teams: invitations by card number or phone, accepting, sizes, one team per
 * track, leaving and the lead.
 */
@IntegrationTest
class TeamTests {

	@Autowired
	EntryService entries;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	Logins logins;

	@Test
	void aLeaderFormsATeamByCardNumberAndPhoneAndTheUnitConfirmsIt() {
		long[] ids = fixtures.openWith(TrackDraft.team("机器人创新", 3, 4));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone byCard = fixtures.member(Demo.HAISITANPU);
		Someone byPhone = fixtures.member("北方导航控制技术股份有限公司工会");
		long entry = entries.enter(actor(leader), ids[1], "智造先锋队", false);
		entries.invite(actor(leader), entry, byCard.cardNo());
		entries.invite(actor(leader), entry, byPhone.phone());
		EntryView invited = contests.entry(entry).orElseThrow();
		assertThat(invited.invited()).hasSize(2);
		assertThat(invited.invited()).allSatisfy(p -> {
			assertThat(p.name()).endsWith("*");
			assertThat(p.cardNo()).isNull();
		});
		assertRule(() -> entries.confirm(logins.actor(Demo.JINGKAI_ADMIN), entry), "contest.rule.teamTooSmall");
		entries.respond(actor(byCard), entry, true);
		entries.respond(actor(byPhone), entry, true);
		assertThat(contests.entry(entry).orElseThrow().team()).extracting(EntryView.Person::name)
			.containsExactly(leader.name(), byCard.name(), byPhone.name());
		entries.confirm(logins.actor(Demo.JINGKAI_ADMIN), entry);
		assertThat(contests.entry(entry).orElseThrow().status()).isEqualTo(EntryStatus.CONFIRMED);
	}

	@Test
	void aTeamCannotGrowBeyondItsLargestSize() {
		long[] ids = fixtures.openWith(TrackDraft.team("双人赛", 2, 2));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone second = fixtures.member(Demo.HAISITANPU);
		Someone third = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(actor(leader), ids[1], "双人组", false);
		entries.invite(actor(leader), entry, second.cardNo());
		assertRule(() -> entries.invite(actor(leader), entry, third.cardNo()), "contest.rule.teamTooLarge");
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		assertRule(
				() -> entries.register(admin, ids[0], new EntryDraft(ids[1], "三人组", third.id(),
						List.of(fixtures.member(Demo.HAISITANPU).id(), fixtures.member(Demo.HAISITANPU).id()), false)),
				"contest.rule.teamTooLarge");
		assertRule(() -> entries.register(admin, ids[0], new EntryDraft(ids[1], "一人组", third.id(), List.of(), false)),
				"contest.rule.teamTooSmall");
	}

	@Test
	void onePersonCannotBeInTwoTeamsOfATrack() {
		long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
		Someone first = fixtures.member(Demo.HAISITANPU);
		Someone second = fixtures.member(Demo.HAISITANPU);
		Someone wanted = fixtures.member(Demo.HAISITANPU);
		long a = entries.enter(actor(first), ids[1], "甲队", false);
		long b = entries.enter(actor(second), ids[1], "乙队", false);
		entries.invite(actor(first), a, wanted.cardNo());
		entries.invite(actor(second), b, wanted.cardNo());
		entries.respond(actor(wanted), a, true);
		assertRule(() -> entries.respond(actor(wanted), b, true), "contest.rule.onePerTrack");
		assertRule(() -> entries.invite(actor(second), b, first.cardNo()), "entry.invite.taken");
		assertThat(contests.entry(b).orElseThrow().team()).hasSize(1);
	}

	@Test
	void onlyMembersCanBeInvited() {
		long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(actor(leader), ids[1], "队伍", false);
		assertRule(() -> entries.invite(actor(leader), entry, "139" + "00000000"), "entry.invite.notMember");
		assertRule(() -> entries.invite(actor(leader), entry, "000000000000"), "entry.invite.notMember");
		assertRule(() -> entries.invite(actor(leader), entry, "张三"), "entry.invite.format");
		Someone outsider = fixtures.member(Demo.BANK);
		assertRule(() -> entries.invite(actor(leader), entry, outsider.cardNo()), "contest.rule.scope");
	}

	@Test
	void theLeaderLeavesOnlyAfterHandingTheLeadOver() {
		long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone member = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(actor(leader), ids[1], "队伍", false);
		entries.invite(actor(leader), entry, member.cardNo());
		entries.respond(actor(member), entry, true);
		assertRule(() -> entries.leave(actor(leader), entry), "entry.leave.leader");
		entries.handLead(actor(leader), entry, member.id());
		assertThatThrownBy(() -> entries.invite(actor(leader), entry, fixtures.member(Demo.HAISITANPU).cardNo()))
			.isInstanceOf(OutOfScopeException.class);
		entries.leave(actor(leader), entry);
		EntryView team = contests.entry(entry).orElseThrow();
		assertThat(team.leaderMemberId()).isEqualTo(member.id());
		assertThat(team.team()).extracting(EntryView.Person::memberId).containsExactly(member.id());
		long again = entries.enter(actor(leader), ids[1], "新队伍", false);
		assertThat(again).isPositive();
	}

	@Test
	void aConfirmedTeamThatChangesGoesBackToItsUnit() {
		long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone member = fixtures.member(Demo.HAISITANPU);
		long entry = entries.register(logins.actor(Demo.JINGKAI_ADMIN), ids[0],
				new EntryDraft(ids[1], "单位队", leader.id(), List.of(member.id()), false));
		entries.confirm(logins.actor(Demo.JINGKAI_ADMIN), entry);
		entries.leave(actor(member), entry);
		assertThat(contests.entry(entry).orElseThrow().status()).isEqualTo(EntryStatus.REGISTERED);
	}

	@Test
	void withdrawingFreesThePlacesAndEndsInvitations() {
		long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
		Someone leader = fixtures.member(Demo.HAISITANPU);
		Someone invitee = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(actor(leader), ids[1], "队伍", false);
		entries.invite(actor(leader), entry, invitee.cardNo());
		entries.withdraw(actor(leader), entry);
		assertRule(() -> entries.respond(actor(invitee), entry, true), "entry.invitation.none");
		assertThat(entries.enter(actor(leader), ids[1], "重组队伍", false)).isPositive();
		assertThat(entries.enter(actor(invitee), ids[1], "自己的队伍", false)).isPositive();
	}

	private Actor actor(Someone someone) {
		return logins.actor(someone.cardNo());
	}

	private static void assertRule(Runnable call, String code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
