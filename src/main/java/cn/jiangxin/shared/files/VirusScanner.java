package cn.jiangxin.shared.files;

import java.nio.file.Path;

/**
 * The hook through which every uploaded file passes before it is kept. The platform ships
 * without a scanner; a deployment plugs one in (ClamAV's clamd, a government scanning
 * gateway) by providing a bean.
 */
public interface VirusScanner {

	/** Whether the file may be kept; {@code detail} says why not. */
	Verdict scan(Path file, String contentType);

	/** A scanner's answer. */
	record Verdict(boolean clean, String detail) {

		public static Verdict passed() {
			return new Verdict(true, null);
		}

	}

}
