package cn.jiangxin.exam.internal.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Question versions by id, kept in memory: a version is never changed once written (an
 * edit writes the next one), so a kept copy is never stale, on this server or any other.
 * Starting, saving and grading an attempt read the versions of its paper from here rather
 * than from the database.
 */
@Component
public class QuestionVersions {

	private final Cache<Long, QuestionView> kept = Caffeine.newBuilder().maximumSize(50_000).build();

	private final BankStore store;

	QuestionVersions(BankStore store) {
		this.store = store;
	}

	/** The versions asked for, by id; ids that do not exist are left out. */
	public Map<Long, QuestionView> get(Collection<Long> versionIds) {
		Map<Long, QuestionView> found = new LinkedHashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : versionIds) {
			QuestionView version = kept.getIfPresent(id);
			if (version != null) {
				found.put(id, version);
			}
			else if (!found.containsKey(id)) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			for (QuestionView version : store.versions(missing.stream().distinct().toList())) {
				kept.put(version.versionId(), withoutBankState(version));
				found.put(version.versionId(), withoutBankState(version));
			}
		}
		return found;
	}

	/** One version, if it exists. */
	public QuestionView get(long versionId) {
		return get(List.of(versionId)).get(versionId);
	}

	/**
	 * The version as it was written: whether its question is retired now, and the tags it
	 * carries now, change over time, so they are not kept with it.
	 */
	private static QuestionView withoutBankState(QuestionView v) {
		return new QuestionView(v.id(), v.bankId(), v.type(), false, v.versionId(), v.number(), v.areaId(),
				v.areaPath(), v.difficulty(), v.stem(), v.stemImage(), v.options(), v.answers(), v.partialCredit(),
				v.referenceAnswer(), v.points(), v.explanation(), List.of(), v.createdBy(), v.createdAt());
	}

}
