package cn.jiangxin.benefit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.jiangxin.shared.Zones;

/**
 * A merchant's settlement statement as an xlsx workbook: who and which period, one row
 * per coupon used (when, campaign, code, outlet, bill, paid back, by whom), and the
 * totals the union pays and the merchant bears.
 */
@Component
class SettlementSheet {

	private final MessageSource messages;

	SettlementSheet(MessageSource messages) {
		this.messages = messages;
	}

	void write(Settlements.Statement s, Locale locale, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Jiangxin", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("benefit.settlement.sheet", locale));
			sheet.value(0, 0, text("benefit.settlement.statementOf", locale, s.merchant()));
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, text("benefit.merchant.creditCode", locale));
			sheet.value(1, 1, s.creditCode());
			sheet.value(2, 0, text("benefit.merchant.plan", locale));
			sheet.value(2, 1, s.plan());
			sheet.value(3, 0, text("benefit.settlement.period", locale));
			sheet.value(3, 1, s.from() + " ~ " + s.to());
			String[] header = { "benefit.settlement.redeemedAt", "benefit.settlement.campaign",
					"benefit.settlement.code", "benefit.settlement.outlet", "benefit.settlement.bill",
					"benefit.settlement.reimbursed", "benefit.campaign.payer" };
			int r = 5;
			for (int c = 0; c < header.length; c++) {
				sheet.value(r, c, text(header[c], locale));
				sheet.style(r, c).bold().fillColor("EEEEEE").set();
			}
			for (Settlements.Line line : s.lines()) {
				r++;
				sheet.value(r, 0, LocalDateTime.ofInstant(line.redeemedAt(), Zones.BEIJING));
				sheet.style(r, 0).format("yyyy-mm-dd hh:mm").set();
				sheet.value(r, 1, line.campaign());
				sheet.value(r, 2, line.code());
				sheet.value(r, 3, line.outlet());
				if (line.bill() != null) {
					sheet.value(r, 4, line.bill());
					sheet.style(r, 4).format("0.00").set();
				}
				sheet.value(r, 5, line.reimbursed());
				sheet.style(r, 5).format("0.00").set();
				sheet.value(r, 6, text("benefit.payer." + line.payer(), locale));
				if (r % 5_000 == 0) {
					sheet.flush();
				}
			}
			r += 2;
			sheet.value(r, 0, text("benefit.settlement.used", locale));
			sheet.value(r, 1, s.used());
			sheet.value(r + 1, 0, text("benefit.settlement.unionPays", locale));
			sheet.value(r + 1, 1, s.unionPays());
			sheet.style(r + 1, 1).format("0.00").bold().set();
			sheet.value(r + 2, 0, text("benefit.settlement.merchantBears", locale));
			sheet.value(r + 2, 1, s.merchantBears());
			sheet.style(r + 2, 1).format("0.00").set();
			sheet.width(0, 18);
			sheet.width(1, 30);
			sheet.width(2, 16);
			sheet.width(3, 24);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
