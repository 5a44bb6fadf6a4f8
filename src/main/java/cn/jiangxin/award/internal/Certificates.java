package cn.jiangxin.award.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.jiangxin.award.AwardView;
import cn.jiangxin.contest.ContestView;
import cn.jiangxin.shared.Zones;
import cn.jiangxin.shared.files.PdfDocuments;
import cn.jiangxin.shared.files.QrCodes;

/**
 * Renders award certificates as PDF (CJK font, number, QR code to the public verification
 * page), singly or zipped.
 */
@Component
class Certificates {

	private final PdfDocuments pdf;

	private final QrCodes qr;

	private final TemplateEngine templates;

	private final AwardStore store;

	Certificates(PdfDocuments pdf, QrCodes qr, TemplateEngine templates, AwardStore store) {
		this.store = store;
		this.pdf = pdf;
		this.qr = qr;
		this.templates = templates;
	}

	byte[] render(ContestView contest, AwardView award, String verifyBase) {
		String url = verifyBase + "/certificates/" + award.certificateNumber();
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("contest", contest);
		context.setVariable("award", award);
		context.setVariable("url", url);
		context.setVariable("qr", qr.dataUri(url, 360));
		context.setVariable("hosts", String.join("  ", contest.hosts().stream().map(ContestView.Party::name).toList()));
		Instant issued = store.certificateDates(award.certificateNumber()).map(dates -> dates[0]).orElseGet(store::now);
		context.setVariable("date", issued.atZone(Zones.BEIJING).toLocalDate());
		context.setVariable("noticeUntil",
				store.notice(contest.id())
					.filter(notice -> notice.finalisedAt() == null)
					.map(notice -> notice.endsAt().atZone(Zones.BEIJING).toLocalDate())
					.orElse(null));
		context.setVariable("fontFamily", PdfDocuments.FONT_FAMILY);
		return pdf.render(templates.process("award/certificate", context));
	}

	byte[] zip(ContestView contest, List<AwardView> awards, String verifyBase) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (AwardView award : awards) {
				if (award.revoked() || award.certificateNumber() == null) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(fileName(award)));
				zip.write(render(contest, award, verifyBase));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String fileName(AwardView award) {
		String holder = award.holder().replaceAll("[\\\\/:*?\"<>|（）()、\\s]+", "_");
		if (holder.length() > 40) {
			holder = holder.substring(0, 40);
		}
		return award.certificateNumber() + "_" + award.name() + "_" + holder + ".pdf";
	}

}
