package cn.jiangxin.benefit.internal;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.Zones;

/**
 * A member's offers on the phone: the partner merchants' live offers for card holders,
 * nearest first once the phone has given its position (the page asks for it with a tap).
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class MemberOfferController {

	private final OfferService offers;

	private final Clock clock;

	MemberOfferController(OfferService offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@GetMapping("/me/offers")
	String offers(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng, Model model) {
		boolean placed = lat != null && lng != null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
		model.addAttribute("activeMenu", "myOffers");
		model.addAttribute("offers", offers.forMember(Actors.require(), placed ? lat : null, placed ? lng : null));
		model.addAttribute("placed", placed);
		model.addAttribute("today", Zones.today(clock));
		return "benefit/my-offers";
	}

}
