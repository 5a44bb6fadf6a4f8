package cn.jiangxin.innovation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training, lecture or demonstration a studio held. */
record Training(long id, TrainingDraft.Kind kind, String title, LocalDate heldOn, int speakers, int attendees,
		int externalUnits, BigDecimal hours) {
}
