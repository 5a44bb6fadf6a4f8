package cn.jiangxin.benefit.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An online offer (优惠活动) of a partner merchant for members holding the member card within
 * a union's subtree: its terms, validity and the outlets where it holds; for a member,
 * how far the nearest of them is.
 */
record Offer(long id, long merchantId, String merchantName, long orgId, String orgName, String title, String terms,
		LocalDate validFrom, LocalDate validTo, LocalDate withdrawnOn, List<Merchant.Outlet> outlets,
		Double distanceKm) {

	/** Whether members see it on a day. */
	public boolean liveOn(LocalDate day) {
		return withdrawnOn == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

	/**
	 * The nearest outlet's distance from a position, in kilometres (haversine), or null
	 * without positions.
	 */
	static Double nearest(List<Merchant.Outlet> outlets, double lat, double lng) {
		Double best = null;
		for (Merchant.Outlet o : outlets) {
			if (o.latitude() == null) {
				continue;
			}
			double dLat = Math.toRadians(o.latitude().doubleValue() - lat);
			double dLng = Math.toRadians(o.longitude().doubleValue() - lng);
			double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
					* Math.cos(Math.toRadians(o.latitude().doubleValue())) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
			double km = 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
			if (best == null || km < best) {
				best = km;
			}
		}
		return best;
	}

	Offer withDistance(Double km) {
		return new Offer(id, merchantId, merchantName, orgId, orgName, title, terms, validFrom, validTo, withdrawnOn,
				outlets, km);
	}

}
