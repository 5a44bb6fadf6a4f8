package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;

/**
 * A merchant clerk's redemption desk on the phone: the camera reads a member's coupon QR
 * (jsQR, served by the platform) or the clerk types its code; the answer (used now, or
 * when and where it was used before) replaces the result box; the day's redemptions
 * below. Each scan carries its own key, so that a retried request redeems once.
 */
@Controller
@PreAuthorize("hasRole('MERCHANT_CLERK')")
class MerchantDeskController {

	private final MerchantService merchants;

	private final Redemptions redemptions;

	private final CouponCodes codes;

	MerchantDeskController(MerchantService merchants, Redemptions redemptions, CouponCodes codes) {
		this.merchants = merchants;
		this.redemptions = redemptions;
		this.codes = codes;
	}

	@ModelAttribute("activeMenu")
	String activeMenu() {
		return "merchantDesk";
	}

	@GetMapping("/merchant-desk")
	String desk(Model model) {
		Actor actor = Actors.require();
		Merchant merchant = merchants.clerkOf(actor).orElseThrow(() -> new NotFoundException("merchant", "desk"));
		model.addAttribute("m", merchant);
		model.addAttribute("todays", redemptions.today(actor));
		model.addAttribute("scanKey", UUID.randomUUID().toString());
		return "benefit/desk";
	}

	/** A scan or a typed code; answers the result box (htmx) or the whole desk. */
	@PostMapping("/merchant-desk/redeem")
	String redeem(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "outletId", required = false) Long outletId,
			@RequestParam(name = "billAmount", required = false) BigDecimal billAmount,
			@RequestParam(name = "key", required = false) String key, Model model) {
		Actor actor = Actors.require();
		Optional<String> read = codes.read(code);
		try {
			if (read.isEmpty()) {
				throw BusinessRuleException.invalid("code", "benefit.redeem.unreadable");
			}
			if (outletId == null) {
				throw BusinessRuleException.invalid("outletId", "benefit.redeem.outletUnknown", "—");
			}
			Redemptions.Redeemed redeemed = redemptions.redeem(actor, read.get(),
					new CampaignDrafts.Redemption(outletId, billAmount),
					key == null ? null : CampaignRestController.checkedKey(key));
			model.addAttribute("redeemed", redeemed.coupon());
			model.addAttribute("replayed", redeemed.replayed());
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("failure", ex.code());
			model.addAttribute("failureArgs", ex.args());
		}
		catch (NotFoundException ex) {
			model.addAttribute("failure", "benefit.redeem.unknown");
			model.addAttribute("failureArgs", new Object[0]);
		}
		// The day's list comes along out of band (htmx), so a redemption shows in it at
		// once
		model.addAttribute("oob", true);
		model.addAttribute("todays", redemptions.today(actor));
		return "benefit/desk :: result";
	}

}
