package cn.jiangxin.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach the platform at, for what leaves it on paper or in a QR code
 * (certificates, join posters): {@code jiangxin.public-url} when set, else the address of
 * the current request.
 */
@Component
public class PublicUrls {

	private final String configured;

	PublicUrls(@Value("${jiangxin.public-url:}") String configured) {
		this.configured = configured == null || configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
	}

	/** The platform's base address, without a trailing slash. */
	public String base() {
		return configured != null ? configured
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The full public address of a path on the platform. */
	public String of(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

}
