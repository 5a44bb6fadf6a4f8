package cn.jiangxin.shared;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values read from the data and kept until the data changes ({@link DataVersion} moves
 * on) or they reach their age, whichever comes first: the age bounds what another
 * server's change, or the time of day alone, may leave stale. Nothing read inside a
 * writing transaction is kept.
 */
public final class KeptValues<K, V> {

	private final Cache<K, Kept<V>> kept;

	private final DataVersion versions;

	/** A value with the data version it was read at. */
	private record Kept<V>(long version, V value) {
	}

	public KeptValues(DataVersion versions, long maximumSize, Duration maximumAge) {
		this.versions = versions;
		this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
	}

	/**
	 * The kept value for the key if it is still current, else a freshly read one (kept
	 * unless in a write).
	 */
	public V get(K key, Function<K, V> read) {
		if (!DataVersion.mayKeepWhatIsReadNow()) {
			return read.apply(key);
		}
		long version = versions.current();
		Kept<V> copy = kept.getIfPresent(key);
		if (copy != null && copy.version() == version) {
			return copy.value();
		}
		V value = read.apply(key);
		kept.put(key, new Kept<>(version, value));
		return value;
	}

}
