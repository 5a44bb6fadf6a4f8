package cn.jiangxin.shared;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values read from the data and kept until the data changes ({@link DataVersion} moves
 * on) or they reach their age, whichever comes first: the age bounds what another
 * server's change, or the time of day alone, may leave stale. Values that depend on some
 * kinds of entity only follow those kinds' changes. Nothing read inside a writing
 * transaction is kept.
 */
public final class KeptValues<K, V> {

	private final Cache<K, Kept<V>> kept;

	private final DataVersion versions;

	/** A value with the data version it was read at. */
	private record Kept<V>(long version, V value) {
	}

	/** The kinds of entity the values depend on; empty: any change. */
	private final Set<String> kinds;

	public KeptValues(DataVersion versions, long maximumSize, Duration maximumAge) {
		this(versions, Set.of(), maximumSize, maximumAge);
	}

	/**
	 * Values that depend only on these kinds of entity (as the audit log names them):
	 * kept until one of those changes, or they reach their age.
	 */
	public KeptValues(DataVersion versions, Set<String> kinds, long maximumSize, Duration maximumAge) {
		this.versions = versions;
		this.kinds = Set.copyOf(kinds);
		this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
	}

	private long version() {
		return kinds.isEmpty() ? versions.current() : versions.current(kinds);
	}

	/**
	 * The kept value for the key if it is still current, else a freshly read one (kept
	 * unless in a write).
	 */
	public V get(K key, Function<K, V> read) {
		if (!DataVersion.mayKeepWhatIsReadNow()) {
			return read.apply(key);
		}
		long version = version();
		Kept<V> copy = kept.getIfPresent(key);
		if (copy != null && copy.version() == version) {
			return copy.value();
		}
		V value = read.apply(key);
		kept.put(key, new Kept<>(version, value));
		return value;
	}

}
