package cn.jiangxin.shared.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Watches the bytes of an XML part on their way to the parser and stops the read as soon
 * as one token grows past its bound: a run of text (a cell's content) or a CDATA section
 * past {@code maxText} bytes, a tag with its attributes, a comment or a processing
 * instruction past {@code maxMarkup}. A parser holds a whole token in memory before it
 * hands it on, so this keeps one cell inflated to a gigabyte from ever being built. A DTD
 * (and with it any entity expansion) and UTF-16 or NUL bytes, which no spreadsheet
 * program writes, are refused.
 */
final class MarkupGuard extends FilterInputStream {

	/** Where the guard stands in the markup it reads. */
	private enum State {

		TEXT, OPEN, BANG, TAG, QUOTED, COMMENT, CDATA, INSTRUCTION

	}

	private static final byte[] CDATA_START = "[CDATA[".getBytes(StandardCharsets.US_ASCII);

	private final long maxText;

	private final long maxMarkup;

	private final Refusals refusals;

	private State state = State.TEXT;

	private long run;

	private int quote;

	private int bang;

	private int previous = -1;

	private int beforePrevious = -1;

	MarkupGuard(InputStream in, long maxText, long maxMarkup, Refusals refusals) {
		super(in);
		this.maxText = maxText;
		this.maxMarkup = maxMarkup;
		this.refusals = refusals;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			inspect(b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = 0; i < read; i++) {
			inspect(buffer[offset + i] & 0xff);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] sink = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	private void inspect(int b) {
		if (b == 0 || b == 0xfe && previous == 0xff || b == 0xff && previous == 0xfe) {
			throw refusals.structure();
		}
		run++;
		switch (state) {
			case TEXT -> {
				if (b == '<') {
					state = State.OPEN;
					run = 1;
				}
				else if (run > maxText) {
					throw refusals.cellLength();
				}
			}
			case OPEN -> {
				if (b == '!') {
					state = State.BANG;
					bang = 0;
				}
				else {
					state = b == '?' ? State.INSTRUCTION : State.TAG;
				}
			}
			case BANG -> bang(b);
			case TAG -> {
				if (b == '"' || b == '\'') {
					quote = b;
					state = State.QUOTED;
				}
				else if (b == '>') {
					state = State.TEXT;
					run = 0;
				}
				markupBound();
			}
			case QUOTED -> {
				if (b == quote) {
					state = State.TAG;
				}
				markupBound();
			}
			case COMMENT -> {
				if (b == '>' && previous == '-' && beforePrevious == '-') {
					state = State.TEXT;
					run = 0;
				}
				markupBound();
			}
			case CDATA -> {
				if (b == '>' && previous == ']' && beforePrevious == ']') {
					state = State.TEXT;
					run = 0;
				}
				else if (run > maxText) {
					throw refusals.cellLength();
				}
			}
			case INSTRUCTION -> {
				if (b == '>' && previous == '?') {
					state = State.TEXT;
					run = 0;
				}
				markupBound();
			}
		}
		beforePrevious = previous;
		previous = b;
	}

	/**
	 * After {@code <!}: a comment ({@code --}) or a CDATA section; anything else (a DTD)
	 * is refused.
	 */
	private void bang(int b) {
		if (bang == 0 && b == '-') {
			bang = -1;
			return;
		}
		if (bang == -1) {
			if (b != '-') {
				throw refusals.structure();
			}
			state = State.COMMENT;
			previous = -1;
			return;
		}
		if (bang < 0 || bang >= CDATA_START.length || b != CDATA_START[bang]) {
			throw refusals.structure();
		}
		bang++;
		if (bang == CDATA_START.length) {
			state = State.CDATA;
			run = 0;
		}
	}

	private void markupBound() {
		if (run > maxMarkup) {
			throw refusals.structure();
		}
	}

}
