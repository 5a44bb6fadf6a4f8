package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.files.QrCodes;

/**
 * A member's coupons on the phone: the campaigns open to them, the coupons they hold, and
 * one coupon with its QR for the merchant to scan.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class MemberCouponController {

	private final CampaignService campaigns;

	private final CouponCodes codes;

	private final QrCodes qr;

	private final Clock clock;

	MemberCouponController(CampaignService campaigns, CouponCodes codes, QrCodes qr, Clock clock) {
		this.campaigns = campaigns;
		this.codes = codes;
		this.qr = qr;
		this.clock = clock;
	}

	@ModelAttribute("activeMenu")
	String activeMenu() {
		return "myCoupons";
	}

	@GetMapping("/me/coupons")
	String coupons(Model model) {
		Actor actor = Actors.require();
		List<Campaign> open = campaigns.forMember(actor);
		model.addAttribute("campaigns", open);
		Map<Long, Integer> held = new HashMap<>();
		open.forEach(c -> held.put(c.id(), campaigns.held(actor, c.id())));
		model.addAttribute("held", held);
		model.addAttribute("coupons", campaigns.myCoupons(actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", Zones.today(clock));
		return "benefit/my-coupons";
	}

	@GetMapping("/me/coupons/{code}")
	String coupon(@PathVariable String code, Model model) {
		Actor actor = Actors.require();
		Coupon coupon = campaigns.myCoupon(actor, code);
		model.addAttribute("coupon", coupon);
		model.addAttribute("state", coupon.state(Zones.today(clock)));
		model.addAttribute("qr", qr.dataUri(codes.payload(coupon.code()), 320));
		model.addAttribute("accepting", campaigns.accepting(actor, coupon.campaignId()));
		return "benefit/coupon";
	}

}
