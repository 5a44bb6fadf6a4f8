package cn.jiangxin.exam.internal.paper;

import cn.jiangxin.exam.internal.bank.QuestionType;

/** A question a paper may draw, at the version it would be drawn at. */
public record PoolQuestion(long questionId, long versionId, QuestionType type, int optionCount) {
}
