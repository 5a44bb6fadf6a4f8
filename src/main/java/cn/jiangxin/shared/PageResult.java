package cn.jiangxin.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "total": n, "page": p, "size": s}}. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public PageResult {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResult<>(items.stream().<R>map(mapper).toList(), total, page, size);
	}

}
