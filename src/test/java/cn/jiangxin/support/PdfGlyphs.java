package cn.jiangxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as it lies on its pages: every glyph with its page and position, so a
 * test can tell that nothing is cut off at a margin or pushed over a frame, and can read
 * the text back.
 */
public final class PdfGlyphs {

	/**
	 * One glyph: its page (from 1), its left, right, top and bottom in points from the
	 * page's top-left.
	 */
	public record Glyph(int page, String text, float left, float right, float top, float bottom) {
	}

	private final List<Glyph> glyphs;

	private final List<PDRectangle> pages;

	private PdfGlyphs(List<Glyph> glyphs, List<PDRectangle> pages) {
		this.glyphs = glyphs;
		this.pages = pages;
	}

	public static PdfGlyphs of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Glyph> glyphs = new ArrayList<>();
			List<PDRectangle> pages = new ArrayList<>();
			document.getPages().forEach(page -> pages.add(page.getMediaBox()));
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition p : positions) {
						glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
								p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj() - p.getHeightDir(),
								p.getYDirAdj()));
					}
				}
			};
			stripper.setSortByPosition(false);
			stripper.getText(document);
			return new PdfGlyphs(glyphs, pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps a document under target/screenshots/ for a person to open. */
	public static void keep(String name, byte[] content) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<Glyph> glyphs() {
		return glyphs;
	}

	public int pageCount() {
		return pages.size();
	}

	/** The width and height of a page (from 1), in points. */
	public PDRectangle page(int number) {
		return pages.get(number - 1);
	}

	/** All the text, glyph after glyph, without spaces or line breaks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		glyphs.forEach(g -> text.append(g.text()));
		return text.toString().replaceAll("\\s+", "");
	}

	/** The text of one page, without spaces or line breaks. */
	public String text(int page) {
		StringBuilder text = new StringBuilder();
		glyphs.stream().filter(g -> g.page() == page).forEach(g -> text.append(g.text()));
		return text.toString().replaceAll("\\s+", "");
	}

	/**
	 * Glyphs that reach closer than {@code margin} points to a page's left or right edge,
	 * or beyond it.
	 */
	public List<Glyph> outsideHorizontalMargins(float margin) {
		return glyphs.stream()
			.filter(g -> !g.text().isBlank())
			.filter(g -> g.left() < margin || g.right() > page(g.page()).getWidth() - margin)
			.toList();
	}

}
