package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryDraft;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.RequirementDraft;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;

/**
 * Each eligibility rule of a track, with an entrant who breaks it and the message that
 * names the rule.
 */
@IntegrationTest
class EligibilityTests {

	@Autowired
	EntryService entries;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MessageSource messages;

	@Test
	void anEligibleMemberEntersAndHoldsTheirPlace() {
		long[] ids = fixtures.openWith(TrackDraft.individual("焊工"));
		Someone worker = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(logins.actor(worker.cardNo()), ids[1], null, false);
		assertThat(contests.entry(entry).orElseThrow().title()).isEqualTo(worker.name());
		assertThat(contests.entry(entry).orElseThrow().status()).isEqualTo(EntryStatus.REGISTERED);
	}

	@Test
	void registrationMustBeOpen() {
		long[] early = fixtures.openWith(TrackDraft.individual("钳工"));
		fixtures.notYetOpen(early[0]);
		Someone worker = fixtures.member(Demo.HAISITANPU);
		assertRule(() -> entries.enter(logins.actor(worker.cardNo()), early[1], null, false), "contest.rule.notOpen",
				"报名时间");
		long[] late = fixtures.openWith(TrackDraft.individual("电工"));
		fixtures.deadlinePassed(late[0]);
		assertRule(() -> entries.enter(logins.actor(worker.cardNo()), late[1], null, false), "contest.rule.deadline",
				"报名时间");
	}

	@Test
	void onlyActiveMembersMayEnter() {
		long[] ids = fixtures.openWith(TrackDraft.individual("车工"));
		Someone retired = fixtures.member(Demo.HAISITANPU);
		fixtures.setMemberStatus(retired.id(), "RETAINED");
		assertRule(() -> entries.enter(logins.actor(retired.cardNo()), ids[1], null, false),
				"contest.rule.activeMember", "在会会员");
	}

	@Test
	void onlyMembersWithinTheScopeMayEnter() {
		long[] ids = fixtures.openWith(TrackDraft.individual("铣工"));
		Someone banker = fixtures.member(Demo.BANK);
		assertRule(() -> entries.enter(logins.actor(banker.cardNo()), ids[1], null, false), "contest.rule.scope",
				"参赛范围");
	}

	@Test
	void theTrackMayAskForEmploymentTypes() {
		long[] ids = fixtures.openWith(TrackDraft.individual("快递技能")
			.withRules(Set.of(EmploymentType.COURIER, EmploymentType.FOOD_DELIVERY), null, null, null));
		Someone employee = fixtures.member(Demo.HAISITANPU);
		assertRule(() -> entries.enter(logins.actor(employee.cardNo()), ids[1], null, false), "contest.rule.employment",
				"就业类型");
		Someone courier = fixtures.member(Demo.HAISITANPU, EmploymentType.COURIER, LocalDate.of(1995, 3, 3));
		assertThat(entries.enter(logins.actor(courier.cardNo()), ids[1], null, false)).isPositive();
	}

	@Test
	void theTrackMayAskForAnAgeRangeOnTheClosingDay() {
		long[] ids = fixtures.openWith(TrackDraft.individual("青年组").withRules(Set.of(), 18, 35, null));
		Someone older = fixtures.member(Demo.HAISITANPU, EmploymentType.EMPLOYEE, LocalDate.of(1970, 1, 1));
		assertRule(() -> entries.enter(logins.actor(older.cardNo()), ids[1], null, false), "contest.rule.age", "年龄");
		Someone young = fixtures.member(Demo.HAISITANPU, EmploymentType.EMPLOYEE, LocalDate.of(2000, 6, 1));
		assertThat(entries.enter(logins.actor(young.cardNo()), ids[1], null, false)).isPositive();
	}

	@Test
	void aPersonEntersATrackOnce() {
		long[] ids = fixtures.openWith(TrackDraft.individual("钣金工"));
		Someone worker = fixtures.member(Demo.HAISITANPU);
		entries.enter(logins.actor(worker.cardNo()), ids[1], null, false);
		assertRule(() -> entries.enter(logins.actor(worker.cardNo()), ids[1], null, false), "contest.rule.onePerTrack",
				"每人每赛道限报一项");
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		assertRule(() -> entries.register(admin, ids[0], new EntryDraft(ids[1], null, worker.id(), List.of(), false)),
				"contest.rule.onePerTrack", "每人每赛道限报一项");
	}

	@Test
	void aDeclarationMustBeAccepted() {
		long[] ids = fixtures.openWith(TrackDraft.individual("质检员").withRules(Set.of(), null, null, "我承诺原创。"));
		Someone worker = fixtures.member(Demo.HAISITANPU);
		assertRule(() -> entries.enter(logins.actor(worker.cardNo()), ids[1], null, false), "contest.rule.declaration",
				"参赛承诺");
		assertThat(entries.enter(logins.actor(worker.cardNo()), ids[1], null, true)).isPositive();
	}

	@Test
	void aUnitConfirmsNoMoreThanItsQuota() {
		long[] ids = fixtures.openWith(TrackDraft.individual("叉车工").withQuota(1));
		Actor admin = logins.actor(Demo.JINGKAI_ADMIN);
		Someone first = fixtures.member(Demo.HAISITANPU);
		Someone second = fixtures.member(Demo.HAISITANPU);
		long a = entries.enter(logins.actor(first.cardNo()), ids[1], null, false);
		long b = entries.enter(logins.actor(second.cardNo()), ids[1], null, false);
		entries.confirm(admin, a);
		assertRule(() -> entries.confirm(admin, b), "contest.rule.quota", "单位名额");
		entries.unconfirm(admin, a);
		entries.confirm(admin, b);
		assertThat(contests.entry(b).orElseThrow().status()).isEqualTo(EntryStatus.CONFIRMED);
	}

	@Test
	void requiredMaterialsComeBeforeConfirmation() {
		long[] ids = fixtures.openWith(
				TrackDraft.individual("方案赛").withRequirements(List.of(RequirementDraft.text("summary", "方案简介", 100))));
		Someone worker = fixtures.member(Demo.HAISITANPU);
		long entry = entries.enter(logins.actor(worker.cardNo()), ids[1], null, false);
		assertRule(() -> entries.confirm(logins.actor(Demo.JINGKAI_ADMIN), entry), "contest.rule.materials", "提交材料");
	}

	private void assertRule(Runnable call, String code, String ruleName) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			String message = messages.getMessage(ex.code(), ex.args(), Locale.SIMPLIFIED_CHINESE);
			assertThat(message).contains(ruleName);
		});
	}

}
