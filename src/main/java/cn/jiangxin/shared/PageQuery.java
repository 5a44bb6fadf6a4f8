package cn.jiangxin.shared;

/**
 * A page request as every list accepts it: {@code page} from 0, {@code size} from 1 to
 * 200.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 20;

	public PageQuery {
		if (page < 0) {
			throw BusinessRuleException.invalid("page", "validation.page.min");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw BusinessRuleException.invalid("size", "validation.size.range", MAX_SIZE);
		}
	}

	/** Reads optional request parameters, applying the defaults. */
	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
