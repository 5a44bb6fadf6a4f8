package cn.jiangxin.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.stereotype.Component;

/**
 * Renders XHTML to PDF with openhtmltopdf, embedding subsets of Roboto (Latin, digits)
 * and Droid Sans Fallback (Chinese) so that every PDF reads the same on any machine. Use
 * the CSS font family {@value #FONT_FAMILY}.
 */
@Component
public class PdfDocuments {

	static {
		// openhtmltopdf logs through java.util.logging at INFO for every document; keep
		// its warnings only.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	/** The CSS font-family list that reaches both embedded fonts. */
	public static final String FONT_FAMILY = "'Roboto', 'Droid Sans Fallback', sans-serif";

	/** The PDF of a well-formed XHTML document. */
	public byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("Roboto-Regular.ttf"), "Roboto", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("Roboto-Bold.ttf"), "Roboto", 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DroidSansFallback.ttf"), "Droid Sans Fallback", 400, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PDF rendering failed", ex);
		}
	}

	private static InputStream font(String file) {
		return PdfDocuments.class.getResourceAsStream("/fonts/" + file);
	}

}
