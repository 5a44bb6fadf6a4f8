package cn.jiangxin.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which level of union may sit under which. */
class OrgLevelTests {

	@Test
	void childrenSitOnADeeperTier() {
		assertThat(OrgLevel.DISTRICT.mayBeChildOf(OrgLevel.CITY)).isTrue();
		assertThat(OrgLevel.GRASSROOTS.mayBeChildOf(OrgLevel.INDUSTRY)).isTrue();
		assertThat(OrgLevel.DEPARTMENT.mayBeChildOf(OrgLevel.GRASSROOTS)).isTrue();
	}

	@Test
	void districtsAndIndustriesShareATier() {
		assertThat(OrgLevel.INDUSTRY.mayBeChildOf(OrgLevel.DISTRICT)).isFalse();
		assertThat(OrgLevel.DISTRICT.mayBeChildOf(OrgLevel.INDUSTRY)).isFalse();
	}

	@Test
	void nothingSitsUnderItsOwnTierOrAbove() {
		assertThat(OrgLevel.CITY.mayBeChildOf(OrgLevel.DISTRICT)).isFalse();
		assertThat(OrgLevel.DEPARTMENT.mayBeChildOf(OrgLevel.DEPARTMENT)).isFalse();
		assertThat(OrgLevel.STREET.mayBeChildOf(OrgLevel.GRASSROOTS)).isFalse();
	}

}
