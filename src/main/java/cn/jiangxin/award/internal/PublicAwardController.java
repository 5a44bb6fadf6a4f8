package cn.jiangxin.award.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.award.AwardKind;
import cn.jiangxin.contest.ContestApi;
import cn.jiangxin.contest.ContestStatus;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.web.Downloads;
import cn.jiangxin.shared.web.PublicPage;

/**
 * Public pages: certificate verification by number (the QR code leads here), a contest's
 * results once on notice, and its published case collection as a page and a PDF book.
 */
@Controller
class PublicAwardController {

	private final AwardFacade service;

	private final CaseCollections cases;

	private final ContestApi contests;

	PublicAwardController(AwardFacade service, CaseCollections cases, ContestApi contests) {
		this.service = service;
		this.cases = cases;
		this.contests = contests;
	}

	@GetMapping("/certificates")
	String verifyForm(@RequestParam(required = false) String number) {
		if (number != null && !number.isBlank()) {
			return "redirect:/certificates/" + URLEncoder.encode(number.strip(), StandardCharsets.UTF_8);
		}
		return "award/verify";
	}

	@GetMapping("/certificates/{number}")
	String verify(@PathVariable String number, Model model) {
		model.addAttribute("number", number);
		model.addAttribute("verification", service.verify(number).orElse(null));
		return "award/verify";
	}

	@GetMapping("/contests/{id}/results")
	@PublicPage
	String results(@PathVariable long id, Model model) {
		ContestView contest = contests.find(id).orElseThrow(() -> new NotFoundException("contest", id));
		if (contest.status().ordinal() < ContestStatus.PUBLICIZING.ordinal()) {
			throw new NotFoundException("results", id);
		}
		model.addAttribute("contest", contest);
		model.addAttribute("notice", service.notice(id).orElse(null));
		model.addAttribute("awards", service.awards(id).stream().filter(a -> !a.revoked()).toList());
		model.addAttribute("entryKind", AwardKind.ENTRY);
		model.addAttribute("hasCases", cases.book(id).filter(CaseCollections.Book::published).isPresent());
		return "award/results";
	}

	@GetMapping("/contests/{id}/cases")
	@PublicPage
	String book(@PathVariable long id, Model model) {
		model.addAttribute("book", published(id));
		return "award/cases";
	}

	@GetMapping("/contests/{id}/cases.pdf")
	ResponseEntity<byte[]> bookPdf(@PathVariable long id) {
		CaseCollections.Book book = published(id);
		return Downloads.of(cases.pdf(book), MediaType.APPLICATION_PDF, book.title() + ".pdf", true);
	}

	/**
	 * A published collection for anyone; an unpublished one only for the contest's
	 * organisers.
	 */
	private CaseCollections.Book published(long id) {
		CaseCollections.Book book = cases.book(id).orElseThrow(() -> new NotFoundException("cases", id));
		if (!book.published() && Actors.current().filter(actor -> contests.canManage(actor, id)).isEmpty()) {
			throw new NotFoundException("cases", id);
		}
		return book;
	}

}
