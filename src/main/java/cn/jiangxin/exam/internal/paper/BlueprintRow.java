package cn.jiangxin.exam.internal.paper;

import java.math.BigDecimal;

import cn.jiangxin.exam.internal.bank.QuestionType;

/**
 * A row of a blueprint (组卷蓝图): {@code count} questions of a type, from an area and the
 * areas below it (any area when null), within a difficulty range, worth {@code points}
 * each.
 */
public record BlueprintRow(int position, Long areaId, QuestionType type, int difficultyMin, int difficultyMax,
		int count, BigDecimal points) {

	public BigDecimal total() {
		return points.multiply(BigDecimal.valueOf(count));
	}

}
