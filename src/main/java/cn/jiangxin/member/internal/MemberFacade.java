package cn.jiangxin.member.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberStanding;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.join.JoinQueries;
import cn.jiangxin.member.internal.transfer.TransferQueries;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.PersonalData;
import cn.jiangxin.shared.Phones;

/** The member module's answers to other modules. */
@Component
@Transactional(readOnly = true)
class MemberFacade implements MemberApi {

	private final MemberQueries queries;

	private final MemberStore store;

	private final MemberCounts counts;

	private final PersonalData data;

	private final JoinQueries joins;

	private final TransferQueries transfers;

	MemberFacade(MemberQueries queries, MemberStore store, MemberCounts counts, PersonalData data, JoinQueries joins,
			TransferQueries transfers) {
		this.queries = queries;
		this.store = store;
		this.counts = counts;
		this.data = data;
		this.joins = joins;
		this.transfers = transfers;
	}

	@Override
	public Optional<MemberView> find(long id) {
		return queries.find(id);
	}

	/**
	 * One statement, so no transaction of its own (a crowd of claims asks it on every
	 * request); within a caller's transaction it reads in that.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<MemberStanding> standing(long id) {
		return queries.standing(id);
	}

	@Override
	public Optional<MemberView> findByCardNo(String cardNo) {
		return store.findByCardNo(cardNo).map(row -> queries.views(List.of(row)).get(0));
	}

	@Override
	public List<MemberView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, MemberView> found = new HashMap<>();
		queries.views(store.findAll(List.copyOf(new LinkedHashSet<>(ids)))).forEach(view -> found.put(view.id(), view));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	@Override
	public List<MemberView> findByPhone(String phone) {
		String normalized = Phones.normalizeMobile(phone);
		if (!Phones.isMobile(normalized)) {
			return List.of();
		}
		return queries.views(store.findByPhoneHash(Sealed.phoneHash(data, normalized)))
			.stream()
			.sorted(Comparator.comparing((MemberView m) -> !m.status().inGoodStanding()))
			.toList();
	}

	@Override
	public Optional<MemberView> findByIdNumber(IdType type, String idNumber) {
		String normalized = type == IdType.RESIDENT_ID ? IdNumbers.normalize(idNumber)
				: idNumber.strip().toUpperCase(Locale.ROOT);
		return store.findByIdHash(Sealed.idHash(data, type, normalized)).map(row -> queries.views(List.of(row)).get(0));
	}

	@Override
	public long countActiveInSubtree(long orgId) {
		return counts.subtreeCount(orgId);
	}

	long pendingApplicationsInReach(Actor actor) {
		return joins.countPending(actor);
	}

	long pendingTransfersInReach(Actor actor) {
		return transfers.countPendingIncoming(actor);
	}

}
