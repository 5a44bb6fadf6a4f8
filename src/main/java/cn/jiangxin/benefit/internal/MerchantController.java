package cn.jiangxin.benefit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.benefit.MerchantCategory;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The partner plan's pages for union admins: the merchants in reach with the form to add
 * one, and a merchant's page with its outlets, staff accounts and the campaigns its
 * outlets accept.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class MerchantController {

	private final MerchantService merchants;

	private final CampaignService campaigns;

	private final CampaignStore campaignStore;

	private final OfferService offers;

	private final Clock clock;

	MerchantController(MerchantService merchants, CampaignService campaigns, CampaignStore campaignStore,
			OfferService offers, Clock clock) {
		this.offers = offers;
		this.merchants = merchants;
		this.campaigns = campaigns;
		this.campaignStore = campaignStore;
		this.clock = clock;
	}

	@ModelAttribute("activeMenu")
	String activeMenu() {
		return BenefitWebParts.BENEFITS;
	}

	@GetMapping("/merchants")
	String list(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("merchants", merchants.merchants(actor));
		model.addAttribute("categories", MerchantCategory.values());
		model.addAttribute("today", Zones.today(clock));
		if (!model.containsAttribute("merchant")) {
			model.addAttribute("merchant", new MerchantDrafts.MerchantDraft(actor.orgId(), null, null, List.of(), null,
					null, null, Zones.today(clock), Zones.today(clock).plusYears(1)));
		}
		return "benefit/merchants";
	}

	@PostMapping("/merchants")
	String join(@Valid @ModelAttribute("merchant") MerchantDrafts.MerchantDraft merchant, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, list(model), () -> {
			long id = merchants.join(Actors.require(), merchant);
			redirect.addFlashAttribute("success", "benefit.merchant.joined");
			return "redirect:/merchants/" + id;
		});
	}

	@GetMapping("/merchants/{id}")
	String merchant(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		Merchant merchant = merchants.merchant(actor, id);
		model.addAttribute("m", merchant);
		model.addAttribute("manages", merchants.manages(actor, merchant));
		model.addAttribute("staff", merchants.staff(actor, id));
		model.addAttribute("campaigns",
				campaignStore.campaignsOf(id)
					.stream()
					.map(c -> campaignStore.find(c).filter(found -> campaigns.sees(actor, found)))
					.flatMap(Optional::stream)
					.toList());
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", Zones.today(clock));
		if (!model.containsAttribute("outlet")) {
			model.addAttribute("outlet", new MerchantDrafts.OutletDraft(null, null, null, null));
		}
		model.addAttribute("offers", offers.ofMerchant(actor, id));
		if (!model.containsAttribute("offer")) {
			model.addAttribute("offer", new OfferDraft(id, merchant.orgId(), null, null, Zones.today(clock),
					Zones.today(clock).plusMonths(6), List.of()));
		}
		if (!model.containsAttribute("clerk")) {
			model.addAttribute("clerk", new MerchantDrafts.StaffDraft(null, null, null));
		}
		return "benefit/merchant";
	}

	@PostMapping("/merchants/{id}/outlets")
	String addOutlet(@PathVariable long id, @Valid @ModelAttribute("outlet") MerchantDrafts.OutletDraft outlet,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, merchant(id, model), () -> {
			merchants.addOutlet(Actors.require(), id, outlet);
			redirect.addFlashAttribute("success", "benefit.outlet.added");
			return "redirect:/merchants/" + id;
		});
	}

	@PostMapping("/merchants/{id}/staff")
	String addStaff(@PathVariable long id, @Valid @ModelAttribute("clerk") MerchantDrafts.StaffDraft clerk,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, merchant(id, model), () -> {
			merchants.addStaff(Actors.require(), id, clerk);
			redirect.addFlashAttribute("success", "benefit.staff.added");
			return "redirect:/merchants/" + id;
		});
	}

	@PostMapping("/merchants/{id}/offers")
	String addOffer(@PathVariable long id, @Valid @ModelAttribute("offer") OfferDraft offer, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, merchant(id, model), () -> {
			if (offer.merchantId() != id) {
				throw BusinessRuleException.invalid("merchantId", "benefit.offer.merchantUnknown",
						String.valueOf(offer.merchantId()));
			}
			offers.create(Actors.require(), offer);
			redirect.addFlashAttribute("success", "benefit.offer.created");
			return "redirect:/merchants/" + id;
		});
	}

	@PostMapping("/offers/{id}/withdraw")
	String withdrawOffer(@PathVariable long id, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		long merchant = offers.offer(actor, id).merchantId();
		return FormErrors.act(redirect, "benefit.offer.withdrawnNote", "redirect:/merchants/" + merchant,
				() -> offers.withdraw(actor, id));
	}

	@PostMapping("/merchants/{id}/leave")
	String leave(@PathVariable long id, RedirectAttributes redirect) {
		return FormErrors.act(redirect, "benefit.merchant.leftNote", "redirect:/merchants/" + id,
				() -> merchants.leave(Actors.require(), id));
	}

}
