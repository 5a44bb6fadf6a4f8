package cn.jiangxin.member.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import cn.jiangxin.bench.BenchPeople;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.shared.Actor;

/** Registers generated members of one union through the member module's own batch registration. */
public final class BenchMembers {

	/** The member table's columns in the order the member module writes them. */
	public static final String COLUMNS = MemberStore.COLUMNS;

	private BenchMembers() {
	}

	/**
	 * Registers {@code count} members of the union, the i-th with the ID number of person {@code first + i}; their
	 * ids in order.
	 */
	public static List<Long> register(ConfigurableApplicationContext context, long orgId, int count, long first) {
		MemberService members = context.getBean(MemberService.class);
		BenchPeople people = new BenchPeople(first);
		List<Long> ids = new ArrayList<>(count);
		for (int from = 0; from < count; from += 1_000) {
			List<MemberDraft> drafts = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 1_000); i++) {
				drafts.add(new MemberDraft(people.name(), null, IdType.RESIDENT_ID, BenchPeople.idNumber(first + i), null,
						people.phone(), null, null, EmploymentType.EMPLOYEE, null, null, null));
			}
			ids.addAll(members.registerAll(Actor.system(), orgId, drafts));
		}
		return ids;
	}

}
