package cn.jiangxin.member.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.member.MemberView;
import cn.jiangxin.member.internal.join.JoinQueries;
import cn.jiangxin.member.internal.transfer.TransferQueries;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.IdNumbers;
import cn.jiangxin.shared.PersonalData;

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

	@Override
	public Optional<MemberView> findByCardNo(String cardNo) {
		return store.findByCardNo(cardNo).map(row -> queries.views(java.util.List.of(row)).get(0));
	}

	@Override
	public java.util.List<MemberView> findAll(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.List.of();
		}
		java.util.Map<Long, MemberView> found = new java.util.HashMap<>();
		queries.views(store.findAll(java.util.List.copyOf(new java.util.LinkedHashSet<>(ids))))
			.forEach(view -> found.put(view.id(), view));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@Override
	public java.util.List<MemberView> findByPhone(String phone) {
		String normalized = cn.jiangxin.shared.Phones.normalizeMobile(phone);
		if (!cn.jiangxin.shared.Phones.isMobile(normalized)) {
			return java.util.List.of();
		}
		return queries.views(store.findByPhoneHash(Sealed.phoneHash(data, normalized)))
			.stream()
			.sorted(java.util.Comparator.comparing((MemberView m) -> !m.status().inGoodStanding()))
			.toList();
	}

	@Override
	public Optional<MemberView> findByIdNumber(IdType type, String idNumber) {
		String normalized = type == IdType.RESIDENT_ID ? IdNumbers.normalize(idNumber)
				: idNumber.strip().toUpperCase(java.util.Locale.ROOT);
		return store.findByIdHash(Sealed.idHash(data, type, normalized))
			.map(row -> queries.views(java.util.List.of(row)).get(0));
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
