package cn.jiangxin.contest.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestDraft;
import cn.jiangxin.contest.ContestKind;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.identity.AccountApi;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.member.internal.MemberSetup;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.Role;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.DemoOrgs;
import cn.jiangxin.support.People;

/**
 * Contests, tracks and members with accounts for the contest tests, made through the
 * modules' own calls.
 */
@TestComponent
public class ContestFixtures {

	/**
	 * A member with an account: sign in with {@code cardNo} and {@link Demo#PASSWORD}.
	 */
	public record Someone(long id, String cardNo, String name, String phone, long orgId) {
	}

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ContestApi contests;

	private final MemberApi members;

	private final DemoOrgs orgs;

	private final JdbcClient jdbc;

	private final AccountApi accounts;

	private final Actor system = Actor.system();

	private final ContestSetup contestSetup;

	private final MemberSetup memberSetup;

	ContestFixtures(ContestApi contests, MemberApi members, DemoOrgs orgs, JdbcClient jdbc, AccountApi accounts,
			ContestSetup contestSetup, MemberSetup memberSetup) {
		this.memberSetup = memberSetup;
		this.contestSetup = contestSetup;
		this.accounts = accounts;
		this.contests = contests;
		this.members = members;
		this.orgs = orgs;
		this.jdbc = jdbc;
	}

	/** An employee born in 1990 in the named union. */
	public Someone member(String union) {
		return member(union, EmploymentType.EMPLOYEE, LocalDate.of(1990, 5, 1 + SEQUENCE.get() % 28));
	}

	public Someone member(String union, EmploymentType employment, LocalDate born) {
		int n = SEQUENCE.incrementAndGet();
		String name = "参赛" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10) + (char) ('一' + n % 20);
		String phone = People.phone();
		MemberDraft draft = new MemberDraft(name, null, IdType.RESIDENT_ID, idBornOn(born), null, phone, null, null,
				employment, null, null, null);
		long id = memberSetup.registerAll(system, orgs.id(union), List.of(draft)).get(0);
		memberSetup.openAccount(id, Demo.PASSWORD);
		return new Someone(id, members.find(id).orElseThrow().cardNo(), name, phone, orgs.id(union));
	}

	/** A union admin account of the named union, made once. */
	public synchronized void admin(String username, String union) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.provision(username, "单位工会管理员", Demo.PASSWORD, orgs.id(union), Set.of(Role.UNION_ADMIN), Set.of());
		}
	}

	/** A draft contest whose registration opened yesterday and closes in ten days. */
	public long contest(String scope, List<String> hosts, ContestKind kind) {
		Instant now = Instant.now();
		return contestSetup.create(system,
				new ContestDraft(kind, "测试赛事" + SEQUENCE.incrementAndGet(), null, null, orgs.id(scope),
						now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
						hosts.stream().map(orgs::id).toList(), List.of()));
	}

	/** An open contest of 经开区 with one track. */
	public long[] openWith(TrackDraft track) {
		long contest = contest(Demo.JINGKAI, List.of(Demo.JINGKAI), ContestKind.SKILLS);
		long trackId = contestSetup.addTrack(system, contest, track);
		contests.advance(system, contest, ContestStatus.OPEN);
		return new long[] { contest, trackId };
	}

	/** Moves the close of registration into the past, as time passing would. */
	public void deadlinePassed(long contestId) {
		jdbc.sql("UPDATE contest SET registration_closes_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(60)), contestId)
			.update();
	}

	/** Moves the opening of registration into the future. */
	public void notYetOpen(long contestId) {
		jdbc.sql("UPDATE contest SET registration_opens_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().plus(Duration.ofDays(1))), contestId)
			.update();
	}

	public void setMemberStatus(long memberId, String status) {
		jdbc.sql("UPDATE member SET status = ? WHERE id = ?").params(status, memberId).update();
	}

	static String idBornOn(LocalDate born) {
		String region = "1101" + String.format("%02d", 1 + SEQUENCE.get() % 17);
		int sequence = (SEQUENCE.incrementAndGet() * 2 + 1) % 1000;
		String first17 = region + born.toString().replace("-", "") + String.format("%03d", sequence);
		return first17 + IdNumbers.checkCharacter(first17);
	}

}
