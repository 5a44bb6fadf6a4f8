package cn.jiangxin.member.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jiangxin.member.MemberRecordLine;
import cn.jiangxin.member.MemberRecordSection;

/**
 * Gathers the sections other modules add to a member's record, in their order, leaving
 * out empty ones, and the sum of the member's distinctions.
 */
@Component
class PersonRecords {

	private final List<MemberRecordSection> sections;

	private final Distinctions distinctions;

	PersonRecords(List<MemberRecordSection> sections, Distinctions distinctions) {
		this.distinctions = distinctions;
		this.sections = sections.stream().sorted(Comparator.comparingInt(MemberRecordSection::order)).toList();
	}

	/** The member's record: each section that has lines, with its heading key. */
	List<Shown> of(long memberId) {
		return sections.stream()
			.map(section -> new Shown(section.titleKey(), section.lines(memberId)))
			.filter(shown -> !shown.lines().isEmpty())
			.toList();
	}

	/** The member's awards and titles in figures, as award and honour announced them. */
	Distinctions.Summary distinctions(long memberId) {
		return distinctions.of(memberId);
	}

	/** A section as a page shows it. */
	record Shown(String titleKey, List<MemberRecordLine> lines) {
	}

}
