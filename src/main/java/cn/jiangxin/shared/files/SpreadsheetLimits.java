package cn.jiangxin.shared.files;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one uploaded spreadsheet may hold, so that no file, however made, can exhaust
 * the server: the bytes an xlsx may inflate to and by what ratio, the characters in one
 * cell, the rows of a sheet and the columns of a row, the distinct texts an xlsx keeps in
 * its shared-strings table (held in memory while it is read), and the time one read may
 * take. Every import reads through these bounds.
 *
 * @param inflatedSize the bytes all parts of an xlsx may inflate to together
 * @param inflationRatio how many times larger than its compressed bytes one part may
 * inflate
 * @param cellLength the characters one cell may hold
 * @param rows the rows one sheet may have, header included
 * @param columns the columns one row may have
 * @param sharedStrings the distinct texts of an xlsx's shared-strings table
 * @param sharedStringsLength the characters of all those texts together
 * @param time how long reading one file may take
 */
@ConfigurationProperties("jiangxin.import.limits")
public record SpreadsheetLimits(@DefaultValue("1GB") DataSize inflatedSize, @DefaultValue("100") int inflationRatio,
		@DefaultValue("32767") int cellLength, @DefaultValue("1048576") long rows, @DefaultValue("256") int columns,
		@DefaultValue("1000000") int sharedStrings, @DefaultValue("16000000") long sharedStringsLength,
		@DefaultValue("10m") Duration time) {

	/** The defaults, as documented in the README. */
	public static SpreadsheetLimits defaults() {
		return new SpreadsheetLimits(DataSize.ofGigabytes(1), 100, 32_767, 1_048_576, 256, 1_000_000, 16_000_000,
				Duration.ofMinutes(10));
	}

}
