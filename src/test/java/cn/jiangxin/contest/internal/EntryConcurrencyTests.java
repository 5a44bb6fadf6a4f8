package cn.jiangxin.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.EntryStatus;
import cn.jiangxin.contest.TrackDraft;
import cn.jiangxin.contest.internal.ContestFixtures.Someone;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.Demo;
import cn.jiangxin.support.IntegrationTest;
import cn.jiangxin.support.Logins;
import cn.jiangxin.support.Races;

/**
 * Races on real threads (and, in the PostgreSQL leg, real row locks): one person
 * accepting two teams of a track at once, two admins confirming the last place of a
 * unit's quota at once, and a double-clicked entry. Each race has exactly one winner and
 * leaves the data whole.
 */
@IntegrationTest
class EntryConcurrencyTests {

	@Autowired
	EntryService entries;

	@Autowired
	ContestApi contests;

	@Autowired
	ContestFixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonAcceptingTwoTeamsAtOnceJoinsExactlyOne() throws Exception {
		for (int round = 0; round < 5; round++) {
			long[] ids = fixtures.openWith(TrackDraft.team("团体赛", 2, 5));
			Someone wanted = fixtures.member(Demo.HAISITANPU);
			List<Long> teams = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				Someone leader = fixtures.member(Demo.HAISITANPU);
				long entry = entries.enter(logins.actor(leader.cardNo()), ids[1], "队伍" + t, false);
				entries.invite(logins.actor(leader.cardNo()), entry, wanted.cardNo());
				teams.add(entry);
			}
			Actor actor = logins.actor(wanted.cardNo());
			List<String> results = Races.race(teams.stream().<Callable<String>>map(team -> () -> {
				entries.respond(actor, team, true);
				return "accepted";
			}).toList());
			assertThat(results).containsOnlyOnce("accepted");
			assertThat(results).filteredOn(r -> !r.equals("accepted")).containsOnly("contest.rule.onePerTrack");
			long places = jdbc.sql("SELECT COUNT(*) FROM entry_participant WHERE track_id = ? AND member_id = ?")
				.params(ids[1], wanted.id())
				.query(Long.class)
				.single();
			long accepted = jdbc.sql("SELECT COUNT(*) FROM entry_member WHERE member_id = ? AND status = 'ACCEPTED'")
				.params(wanted.id())
				.query(Long.class)
				.single();
			assertThat(places).isEqualTo(1);
			assertThat(accepted).isEqualTo(1);
		}
	}

	@Test
	void twoAdminsConfirmingTheLastQuotaPlaceConfirmExactlyOne() throws Exception {
		for (int round = 0; round < 5; round++) {
			long[] ids = fixtures.openWith(TrackDraft.individual("个人赛").withQuota(1));
			List<Long> candidates = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Someone someone = fixtures.member(Demo.HAISITANPU);
				candidates.add(entries.enter(logins.actor(someone.cardNo()), ids[1], null, false));
			}
			Actor[] admins = { logins.actor(Demo.JINGKAI_ADMIN), logins.actor(Demo.CITY_ADMIN) };
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < candidates.size(); i++) {
				long entry = candidates.get(i);
				Actor admin = admins[i % 2];
				calls.add(() -> {
					entries.confirm(admin, entry);
					return "confirmed";
				});
			}
			List<String> results = Races.race(calls);
			assertThat(results).containsOnlyOnce("confirmed");
			assertThat(results).filteredOn(r -> !r.equals("confirmed")).containsOnly("contest.rule.quota");
			assertThat(candidates.stream().map(e -> contests.entry(e).orElseThrow().status()))
				.containsOnlyOnce(EntryStatus.CONFIRMED);
		}
	}

	@Test
	void aDoubleClickedEntryIsMadeOnce() throws Exception {
		long[] ids = fixtures.openWith(TrackDraft.individual("个人赛"));
		for (int round = 0; round < 5; round++) {
			Someone someone = fixtures.member(Demo.HAISITANPU);
			Actor actor = logins.actor(someone.cardNo());
			List<Callable<String>> clicks = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				clicks.add(() -> {
					entries.enter(actor, ids[1], null, false);
					return "entered";
				});
			}
			List<String> results = Races.race(clicks);
			assertThat(results).containsOnlyOnce("entered");
			long made = jdbc.sql("SELECT COUNT(*) FROM entry WHERE track_id = ? AND leader_member_id = ?")
				.params(ids[1], someone.id())
				.query(Long.class)
				.single();
			assertThat(made).isEqualTo(1);
		}
	}

}
