package cn.jiangxin.exam.internal.paper;

import java.math.BigDecimal;

import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * A question of one candidate's paper: at which version, drawn for which blueprint row
 * (null on a fixed paper) and slot (the n-th question of its row, or its place on a fixed
 * paper), worth how much, and the order its options are shown in (original keys in
 * display order, e.g. "CADB"; null for no options).
 */
public record DrawnItem(long questionId, long versionId, Integer rowPosition, int slot, BigDecimal points,
		QuestionType type, String optionOrder) {
}
