package cn.jiangxin.benefit.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.MemberApi;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coupon campaigns on pages: the admins' list with the form for a new campaign, and a
 * campaign's page (its terms, where it is accepted, its figures with a chart per day and
 * the buttons of its life for its admins; the claim button for a member).
 */
@Controller
class CampaignController {

	/** Entries a page of the draw's listing shows. */
	static final int LISTING_PAGE = 200;

	private final CampaignService campaigns;

	private final Claims claims;

	private final Lottery lottery;

	private final MerchantService merchants;

	private final MemberApi members;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	CampaignController(CampaignService campaigns, Claims claims, Lottery lottery, MerchantService merchants,
			MemberApi members, JsonMapper json, MessageSource messages, Clock clock) {
		this.lottery = lottery;
		this.json = json;
		this.messages = messages;
		this.campaigns = campaigns;
		this.claims = claims;
		this.merchants = merchants;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/coupon-campaigns")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String list(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("activeMenu", BenefitWebParts.BENEFITS);
		model.addAttribute("campaigns", campaigns.campaigns(actor));
		model.addAttribute("merchants",
				merchants.merchants(actor).stream().filter(m -> m.activeOn(Zones.today(clock))).toList());
		model.addAttribute("kinds", CouponKind.values());
		model.addAttribute("allocations", Allocation.values());
		model.addAttribute("payers", Campaign.Payer.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", Zones.today(clock));
		if (!model.containsAttribute("draft")) {
			LocalDate tomorrow = Zones.today(clock).plusDays(1);
			model.addAttribute("draft",
					new CampaignDrafts.CampaignDraft(actor.orgId(), null, CouponKind.CASH, new BigDecimal("20"), null,
							null, new BigDecimal("50"), 1000, 1, List.of(), null, Allocation.FIRST,
							LocalDateTime.of(tomorrow, LocalTime.of(10, 0)),
							LocalDateTime.of(tomorrow.plusDays(7), LocalTime.of(22, 0)), tomorrow,
							tomorrow.plusMonths(1), Campaign.Payer.UNION, List.of(), List.of()));
		}
		return "benefit/campaigns";
	}

	@PostMapping("/coupon-campaigns")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String create(@Valid @ModelAttribute("draft") CampaignDrafts.CampaignDraft draft, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, list(model), () -> {
			long id = campaigns.create(Actors.require(), draft);
			redirect.addFlashAttribute("success", "benefit.campaign.created");
			return "redirect:/coupon-campaigns/" + id;
		});
	}

	@GetMapping("/coupon-campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Campaign campaign = CampaignRestController.hidden(campaigns.campaign(actor, id));
		boolean manages = campaigns.manages(actor, campaign);
		model.addAttribute("activeMenu", manages ? BenefitWebParts.BENEFITS : "myCoupons");
		model.addAttribute("c", campaign);
		model.addAttribute("manages", manages);
		model.addAttribute("accepting", campaigns.accepting(actor, id));
		StatsStore.Stats stats = manages ? campaigns.stats(actor, id) : null;
		model.addAttribute("stats", stats);
		model.addAttribute("chart",
				stats == null || stats.days().isEmpty() ? null : json.writeValueAsString(chart(stats)));
		model.addAttribute("isMember", actor.memberId() != null);
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", Zones.today(clock));
		model.addAttribute("held", campaigns.held(actor, id));
		model.addAttribute("refusal", actor.memberId() == null ? Optional.empty()
				: members.standing(actor.memberId()).flatMap(m -> claims.refusal(campaign, m)));
		model.addAttribute("claimKey", UUID.randomUUID().toString());
		model.addAttribute("draw", campaign.allocation() == Allocation.LOTTERY ? lottery.draw(actor, id) : null);
		return "benefit/campaign";
	}

	/**
	 * A draw's public listing: the seed's commitment and, once drawn, the seed and every
	 * entry's ticket and outcome, a thousand at a time.
	 */
	@GetMapping("/coupon-campaigns/{id}/lottery")
	String lottery(@PathVariable long id, @RequestParam(defaultValue = "0") long after, Model model) {
		Actor actor = Actors.require();
		Lottery.Draw draw = lottery.draw(actor, id);
		Campaign campaign = campaigns.campaign(actor, id);
		model.addAttribute("activeMenu", campaigns.manages(actor, campaign) ? BenefitWebParts.BENEFITS : "myCoupons");
		model.addAttribute("c", campaign);
		model.addAttribute("draw", draw);
		List<Lottery.Line> lines = lottery.lines(actor, id, after, LISTING_PAGE);
		model.addAttribute("lines", lines);
		model.addAttribute("after", after);
		model.addAttribute("next", lines.size() == LISTING_PAGE ? lines.get(lines.size() - 1).entryId() : null);
		model.addAttribute("example",
				lines.isEmpty() || draw.seed() == null ? null : draw.seed() + ":" + lines.get(0).entryId());
		return "benefit/lottery";
	}

	/** A member registers for the draw from the campaign's page. */
	@PostMapping("/coupon-campaigns/{id}/lottery")
	@PreAuthorize("hasRole('MEMBER')")
	String register(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.lottery.registeredNote", "redirect:/coupon-campaigns/" + id,
				() -> lottery.register(Actors.require(), id));
	}

	/** The campaign's admin makes the draw. */
	@PostMapping("/coupon-campaigns/{id}/lottery/draw")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String drawLottery(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.lottery.drawnNote", "redirect:/coupon-campaigns/" + id,
				() -> lottery.drawNow(Actors.require(), id));
	}

	@PostMapping("/coupon-campaigns/{id}/publish")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.campaign.published", "redirect:/coupon-campaigns/" + id,
				() -> campaigns.publish(Actors.require(), id));
	}

	@PostMapping("/coupon-campaigns/{id}/cancel")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.campaign.cancelled", "redirect:/coupon-campaigns/" + id,
				() -> campaigns.cancel(Actors.require(), id));
	}

	@PostMapping("/coupon-campaigns/{id}/close")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.campaign.closedNote", "redirect:/coupon-campaigns/" + id,
				() -> campaigns.close(Actors.require(), id));
	}

	/**
	 * Claims and uses per day, two bars a day (ECharts options, drawn by the platform's
	 * own script).
	 */
	private Map<String, Object> chart(StatsStore.Stats stats) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 36, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data",
				stats.days().stream().map(d -> d.day().toString().substring(5)).toList()));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series", List.of(
				Map.of("name", text("benefit.stats.claimed"), "type", "bar", "itemStyle", Map.of("color", "#dc3545"),
						"data", stats.days().stream().map(StatsStore.DayLine::claimed).toList()),
				Map.of("name", text("benefit.stats.redeemed"), "type", "bar", "itemStyle", Map.of("color", "#198754"),
						"data", stats.days().stream().map(StatsStore.DayLine::redeemed).toList())));
		return option;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * A member's claim from the campaign's page: the form's key makes a double tap claim
	 * once.
	 */
	@PostMapping("/coupon-campaigns/{id}/claims")
	@PreAuthorize("hasRole('MEMBER')")
	String claim(@PathVariable long id, @RequestParam(name = "key", required = false) String key,
			RedirectAttributes redirect) {
		try {
			Claims.Claimed claimed = claims.claim(Actors.require(), id, CampaignRestController.checkedKey(key));
			redirect.addFlashAttribute("success", "benefit.claim.done");
			return "redirect:/me/coupons/" + claimed.coupon().code();
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/coupon-campaigns/" + id;
		}
	}

}
