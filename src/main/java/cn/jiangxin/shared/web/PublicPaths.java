package cn.jiangxin.shared.web;

import java.util.List;

/**
 * URL patterns a module opens to anyone, declared as a bean in the module and collected
 * by identity's security: pages (an anonymous form there is shown again when its CSRF
 * token is stale), API paths anyone may read by GET, and API paths anyone may POST to
 * (without a CSRF token).
 */
public record PublicPaths(List<String> pages, List<String> apiReads, List<String> apiPosts) {

	public PublicPaths {
		pages = List.copyOf(pages);
		apiReads = List.copyOf(apiReads);
		apiPosts = List.copyOf(apiPosts);
	}

	/** Public pages only. */
	public static PublicPaths pages(String... pages) {
		return new PublicPaths(List.of(pages), List.of(), List.of());
	}

	/** These public API reads as well. */
	public PublicPaths withApiReads(String... apiReads) {
		return new PublicPaths(this.pages, List.of(apiReads), this.apiPosts);
	}

	/** These public API posts as well. */
	public PublicPaths withApiPosts(String... apiPosts) {
		return new PublicPaths(this.pages, this.apiReads, List.of(apiPosts));
	}

}
