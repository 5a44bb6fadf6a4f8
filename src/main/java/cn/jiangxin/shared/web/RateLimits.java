package cn.jiangxin.shared.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may call the public endpoints (join, status check,
 * activation): a token bucket per address and purpose, refilled every minute, kept in a
 * bounded cache.
 */
@Component
public class RateLimits {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final int perMinute;

	public RateLimits(@Value("${jiangxin.rate-limit.public-per-minute:10}") int perMinute) {
		this.perMinute = perMinute;
	}

	/**
	 * Takes one call from the budget of {@code purpose} for {@code clientAddress}, or
	 * refuses with 429.
	 */
	public void take(String purpose, String clientAddress) {
		Bucket bucket = buckets.get(purpose + "|" + clientAddress, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		if (!bucket.tryConsume(1)) {
			throw new TooManyRequestsException();
		}
	}

	/** Thrown when a client has used up its budget; answered 429. */
	public static class TooManyRequestsException extends RuntimeException {

		TooManyRequestsException() {
			super("rate limit");
		}

	}

}
