package cn.jiangxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Paging parameters: the first page of twenty by default, at most two hundred, the field
 * named when refused.
 */
class PageQueryTests {

	@Test
	void defaultsToTheFirstPageOfTwenty() {
		assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
	}

	@Test
	void allowsUpToTwoHundred() {
		assertThat(PageQuery.of(3, 200).offset()).isEqualTo(600);
	}

	@Test
	void refusesLargerPagesNamingTheField() {
		assertThatThrownBy(() -> PageQuery.of(0, 201)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.field()).isEqualTo("size"));
		assertThatThrownBy(() -> PageQuery.of(-1, 10)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.field()).isEqualTo("page"));
	}

}
