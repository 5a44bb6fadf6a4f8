package cn.jiangxin.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a long list read by keyset: {@code {"items": [...], "next": cursor}};
 * {@code next} is null at the end.
 */
public record CursorPage<T>(List<T> items, String next) {

	public CursorPage {
		items = List.copyOf(items);
	}

	public <R> CursorPage<R> map(Function<? super T, ? extends R> mapper) {
		return new CursorPage<>(items.stream().<R>map(mapper).toList(), next);
	}

}
