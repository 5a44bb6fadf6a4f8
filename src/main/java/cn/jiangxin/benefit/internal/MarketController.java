package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.benefit.Allocation;
import cn.jiangxin.benefit.CouponKind;
import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.files.QrCodes;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.web.PublicUrls;

/**
 * Markets on pages: the list with the form to plan one; a market's page (its stalls by
 * row, its report, the entrance's QR and the forms of its day for its admins; checking in
 * and its coupons for a member); the check-in page the entrance's QR opens.
 */
@Controller
class MarketController {

	private final MarketService markets;

	private final MerchantService merchants;

	private final QrCodes qr;

	private final PublicUrls urls;

	private final Clock clock;

	MarketController(MarketService markets, MerchantService merchants, QrCodes qr, PublicUrls urls, Clock clock) {
		this.markets = markets;
		this.merchants = merchants;
		this.qr = qr;
		this.urls = urls;
		this.clock = clock;
	}

	/** A coupon for the market's visitors, in the few fields its page asks. */
	record MarketCoupon(@NotBlank @Size(max = 100) String title,
			@NotNull @DecimalMin("0.01") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal faceValue,
			@NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal threshold,
			@NotNull @Min(1) @Max(1_000_000) Integer stock, @NotNull @Min(1) @Max(10) Integer perMember) {
	}

	@GetMapping("/markets")
	String list(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("activeMenu", actor.administers() ? BenefitWebParts.BENEFITS : "myCoupons");
		model.addAttribute("markets", markets.markets(actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("admin", actor.administers());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft",
					new MarketDrafts.MarketDraft(actor.orgId(), null, null, Zones.today(clock).plusDays(7),
							Zones.today(clock).plusDays(7), LocalTime.of(10, 0), LocalTime.of(16, 0), null));
		}
		return "benefit/markets";
	}

	@PostMapping("/markets")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String create(@Valid @ModelAttribute("draft") MarketDrafts.MarketDraft draft, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, list(model), () -> {
			long id = markets.create(Actors.require(), draft);
			redirect.addFlashAttribute("success", "benefit.market.created");
			return "redirect:/markets/" + id;
		});
	}

	@GetMapping("/markets/{id}")
	String market(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Market market = markets.market(actor, id);
		boolean manages = markets.manages(actor, market);
		model.addAttribute("activeMenu", manages ? BenefitWebParts.BENEFITS : "myCoupons");
		model.addAttribute("m", market);
		model.addAttribute("manages", manages);
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("coupons", markets.coupons(actor, id));
		model.addAttribute("visitors", markets.visitors(actor, id));
		model.addAttribute("visited", markets.visited(actor, id).orElse(null));
		model.addAttribute("isMember", actor.memberId() != null);
		if (manages) {
			model.addAttribute("report", markets.report(actor, id));
			model.addAttribute("token", markets.token(actor, id));
			model.addAttribute("checkInUrl", checkInUrl(id, markets.token(actor, id)));
			model.addAttribute("merchants",
					merchants.merchants(actor).stream().filter(x -> x.activeOn(Zones.today(clock))).toList());
			model.addAttribute("categories", MerchantCategory.values());
			if (!model.containsAttribute("stall")) {
				model.addAttribute("stall",
						new MarketDrafts.StallDraft(null, market.rowNames().isEmpty() ? "东廊" : market.rowNames().get(0),
								market.stalls().size() + 1, null, null));
			}
			if (!model.containsAttribute("coupon")) {
				model.addAttribute("coupon",
						new MarketCoupon(market.title() + "专享券", new BigDecimal("10"), new BigDecimal("50"), 500, 1));
			}
		}
		return "benefit/market";
	}

	private String checkInUrl(long id, String token) {
		return urls.of("/markets/" + id + "/check-in?t=" + token);
	}

	@GetMapping("/markets/{id}/entrance.png")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	ResponseEntity<byte[]> entrance(@PathVariable long id) {
		String url = checkInUrl(id, markets.token(Actors.require(), id));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(qr.png(url, 480));
	}

	@PostMapping("/markets/{id}/stalls")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String addStall(@PathVariable long id, @Valid @ModelAttribute("stall") MarketDrafts.StallDraft stall,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, market(id, model), () -> {
			markets.addStall(Actors.require(), id, stall);
			redirect.addFlashAttribute("success", "benefit.market.stallAdded");
			return "redirect:/markets/" + id;
		});
	}

	@PostMapping("/markets/{id}/coupons")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String addCoupon(@PathVariable long id, @Valid @ModelAttribute("coupon") MarketCoupon coupon, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, market(id, model), () -> {
			Actor actor = Actors.require();
			Market market = markets.market(actor, id);
			LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.BEIJING)).withSecond(0).withNano(0);
			LocalDateTime opens = market.heldFrom().atTime(market.opensAt());
			long campaign = markets.addCoupon(actor, id, new CampaignDrafts.CampaignDraft(market.orgId(),
					coupon.title(), CouponKind.CASH, coupon.faceValue(), null, null, coupon.threshold(), coupon.stock(),
					coupon.perMember(), List.of(), null, Allocation.FIRST, opens.isAfter(now) ? opens : now,
					market.heldTo().atTime(market.closesAt()), market.heldFrom(), market.heldTo(), Campaign.Payer.UNION,
					market.stalls().stream().map(Market.Stall::merchantId).distinct().toList(), List.of()));
			redirect.addFlashAttribute("success", "benefit.market.couponMade");
			return "redirect:/coupon-campaigns/" + campaign;
		});
	}

	@PostMapping("/markets/{id}/walk-ins")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String walkIns(@PathVariable long id, @RequestParam(name = "people", required = false) Integer people,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.market.walkInsAdded", "redirect:/markets/" + id, () -> {
			if (people == null || people < 1 || people > 1000) {
				throw BusinessRuleException.invalid("people", "benefit.market.peopleNeeded");
			}
			markets.walkIns(Actors.require(), id, people);
		});
	}

	@PostMapping("/markets/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.market.closedNote", "redirect:/markets/" + id,
				() -> markets.close(Actors.require(), id));
	}

	/**
	 * The page the entrance's QR opens on a member's phone (its admins see what members
	 * see).
	 */
	@GetMapping("/markets/{id}/check-in")
	String checkInPage(@PathVariable long id, @RequestParam(name = "t", required = false) String token, Model model) {
		Actor actor = Actors.require();
		Market market = markets.market(actor, id);
		model.addAttribute("activeMenu", markets.manages(actor, market) ? BenefitWebParts.BENEFITS : "myCoupons");
		model.addAttribute("m", market);
		model.addAttribute("isMember", actor.memberId() != null);
		model.addAttribute("token", token);
		model.addAttribute("now", clock.instant());
		model.addAttribute("visited", markets.visited(actor, id).orElse(null));
		return "benefit/check-in";
	}

	@PostMapping("/markets/{id}/check-in")
	@PreAuthorize("hasRole('MEMBER')")
	String checkIn(@PathVariable long id, @RequestParam(name = "t", required = false) String token,
			RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.market.checkedIn", "redirect:/markets/" + id,
				() -> markets.checkIn(Actors.require(), id, token));
	}

}
