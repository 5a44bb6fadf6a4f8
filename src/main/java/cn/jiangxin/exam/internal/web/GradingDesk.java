package cn.jiangxin.exam.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiangxin.exam.ExamStatus;
import cn.jiangxin.exam.ExamView;
import cn.jiangxin.exam.internal.setup.Exam;
import cn.jiangxin.exam.internal.setup.ExamStore;
import cn.jiangxin.exam.internal.setup.StaffDuty;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.OrgScope;

/**
 * The exams a person works on besides organising: those they grade or invigilate, and for
 * an admin those of their subtree, newest first.
 */
@Component
class GradingDesk {

	private final ExamStore store;

	private final ExamViews views;

	private final OrgScope scope;

	GradingDesk(ExamStore store, ExamViews views, OrgScope scope) {
		this.store = store;
		this.views = views;
		this.scope = scope;
	}

	/** The exams, not drafts, that the actor grades or organises. */
	List<ExamView> exams(Actor actor) {
		return views.views(duty(actor, StaffDuty.GRADER));
	}

	/**
	 * The exams, not drafts, the actor is on the staff of with this duty, or organises.
	 */
	List<Exam> duty(Actor actor, StaffDuty duty) {
		Map<Long, Exam> exams = new LinkedHashMap<>();
		store.findAll(store.staffedBy(actor.accountId(), duty)).forEach(e -> exams.put(e.id(), e));
		if (actor.administers()) {
			store.list(scope.filter(actor, "org_id"), null, 200).forEach(e -> exams.putIfAbsent(e.id(), e));
		}
		return exams.values()
			.stream()
			.filter(e -> e.status() != ExamStatus.DRAFT)
			.sorted((a, b) -> b.opensAt().compareTo(a.opensAt()))
			.toList();
	}

}
