package cn.jiangxin.member.internal.join;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgView;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.files.PdfDocuments;
import cn.jiangxin.shared.files.QrCodes;
import cn.jiangxin.shared.web.Downloads;
import cn.jiangxin.shared.web.PublicUrls;

/**
 * A union's join QR code as a PNG, and as a printable A4 poster PDF, for its admins to
 * put up on site.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class JoinPosterController {

	private final OrgApi orgs;

	private final OrgScope scope;

	private final QrCodes qr;

	private final PdfDocuments pdf;

	private final TemplateEngine templates;

	private final PublicUrls urls;

	JoinPosterController(OrgApi orgs, OrgScope scope, QrCodes qr, PdfDocuments pdf, TemplateEngine templates,
			PublicUrls urls) {
		this.urls = urls;
		this.orgs = orgs;
		this.scope = scope;
		this.qr = qr;
		this.pdf = pdf;
		this.templates = templates;
	}

	@GetMapping("/join-codes/{orgId}.png")
	ResponseEntity<byte[]> code(@PathVariable long orgId) {
		OrgView org = reachable(orgId);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(qr.png(joinUrl(org), 480));
	}

	@GetMapping("/join-codes/{orgId}.pdf")
	ResponseEntity<byte[]> poster(@PathVariable long orgId) {
		OrgView org = reachable(orgId);
		String url = joinUrl(org);
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("org", org);
		context.setVariable("url", url);
		context.setVariable("qr", qr.dataUri(url, 600));
		context.setVariable("fontFamily", PdfDocuments.FONT_FAMILY);
		byte[] document = pdf.render(templates.process("member/join-poster", context));
		return Downloads.of(document, MediaType.APPLICATION_PDF, "join-" + org.id() + ".pdf", true);
	}

	private OrgView reachable(long orgId) {
		OrgView org = orgs.get(orgId);
		scope.require(Actors.require(), orgId);
		return org;
	}

	/** The public join page of the union, at the platform's public address. */
	private String joinUrl(OrgView org) {
		return urls.of("/join/" + org.id());
	}

}
