package cn.jiangxin.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores accounts; counters of failed logins change with single atomic statements. */
interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	Optional<Account> findByPhoneHash(String phoneHash);

	Optional<Account> findByMemberId(long memberId);

	List<Account> findByOrgIdAndEnabledTrue(long orgId);

	@Modifying
	@Query("UPDATE account SET failed_attempts = failed_attempts + 1 WHERE username = :username")
	int countFailure(String username);

	@Modifying
	@Query("""
			UPDATE account SET locked_until = :until, failed_attempts = 0
			WHERE username = :username AND failed_attempts >= :threshold
			""")
	int lockIfOver(String username, int threshold, Instant until);

	@Modifying
	@Query("""
			UPDATE account SET failed_attempts = 0, locked_until = NULL, previous_login_at = last_login_at, last_login_at = :at
			WHERE username = :username
			""")
	int recordSuccess(String username, Instant at);

}
