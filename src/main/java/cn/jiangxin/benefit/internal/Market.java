package cn.jiangxin.benefit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.shared.Zones;

/**
 * A market (线下市集) of a union: its days and hours at a venue, and its stalls in rows, each
 * given to a merchant of the plan for what it sells.
 */
record Market(long id, long orgId, String orgName, String title, String venue, LocalDate heldFrom, LocalDate heldTo,
		LocalTime opensAt, LocalTime closesAt, String description, Status status, Instant closedAt, String createdBy,
		List<Stall> stalls) {

	/** A stall: its row and number, the merchant and what it sells there. */
	record Stall(long id, String rowName, int number, long merchantId, String merchantName, MerchantCategory category,
			String goods) {

		/** 东廊 3. */
		public String place() {
			return rowName + " " + number;
		}

	}

	/** Planned (and held on its days), or closed with its report final. */
	enum Status {

		PLANNED, CLOSED

	}

	/** Whether members may check in at an instant: on its days, within its hours. */
	public boolean openAt(Instant now) {
		LocalDateTime local = LocalDateTime.ofInstant(now, Zones.BEIJING);
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		return status == Status.PLANNED && !day.isBefore(heldFrom) && !day.isAfter(heldTo) && !time.isBefore(opensAt)
				&& time.isBefore(closesAt);
	}

	/** The state a page shows: 筹备中, 进行中, 已举办, 已结束. */
	public String stateKey(Instant now) {
		if (status == Status.CLOSED) {
			return "benefit.market.state.closed";
		}
		LocalDate today = LocalDateTime.ofInstant(now, Zones.BEIJING).toLocalDate();
		return today.isBefore(heldFrom) ? "benefit.market.state.planned"
				: today.isAfter(heldTo) ? "benefit.market.state.held" : "benefit.market.state.on";
	}

	/** The rows of stalls, by name. */
	public List<String> rowNames() {
		return stalls.stream().map(Stall::rowName).distinct().toList();
	}

	/** The stalls of a row, by number. */
	public List<Stall> stallsIn(String rowName) {
		return stalls.stream().filter(s -> s.rowName().equals(rowName)).toList();
	}

}
