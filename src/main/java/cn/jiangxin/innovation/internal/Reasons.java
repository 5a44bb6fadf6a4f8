package cn.jiangxin.innovation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;

/**
 * Puts a recommendation's reasons into the reader's words: 相关成果：2 项专利（显示屏维修）（+12）, or in
 * English, 2 patents on 显示屏维修 (+12).
 */
@Component("innovationReasons")
class Reasons {

	private final MessageSource messages;

	Reasons(MessageSource messages) {
		this.messages = messages;
	}

	/** A recommendation as the API and the pages show it. */
	record View(long studioId, String name, int score, boolean applied, List<Line> reasons) {

		/** The first two reasons, for a card. */
		public List<Line> top() {
			return reasons.size() > 2 ? reasons.subList(0, 2) : reasons;
		}

	}

	/** One reason: its code, its points, its words. */
	record Line(Recommender.Reason.Code code, int points, String text) {
	}

	List<View> views(List<Recommender.Recommendation> recommendations) {
		return recommendations.stream().map(this::view).toList();
	}

	View view(Recommender.Recommendation r) {
		return new View(r.studioId(), r.name(), r.score(), r.applied(),
				r.reasons().stream().map(reason -> new Line(reason.code(), reason.points(), text(reason))).toList());
	}

	/** A reason in the reader's words. */
	String text(Recommender.Reason reason) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Object> args = new ArrayList<>();
		if (reason.code() == Recommender.Reason.Code.ACHIEVEMENTS) {
			List<String> parts = new ArrayList<>();
			for (Object arg : reason.args()) {
				Recommender.KindCount kinds = (Recommender.KindCount) arg;
				parts.add(messages.getMessage("innovation.reason.kind." + kinds.kind().name(),
						new Object[] { kinds.count(), kinds.tags() }, locale));
			}
			args.add(String.join(messages.getMessage("innovation.reason.joiner", null, locale), parts));
		}
		else {
			for (Object arg : reason.args()) {
				if (arg instanceof StudioField field) {
					args.add(messages.getMessage(field.messageKey(), null, locale));
				}
				else if (arg instanceof StudioLevel level) {
					args.add(messages.getMessage(level.messageKey(), null, locale));
				}
				else {
					args.add(arg);
				}
			}
		}
		args.add(reason.points());
		return messages.getMessage(reason.code().messageKey(), args.toArray(), locale);
	}

}
