package cn.jiangxin.org;

/** An employer unit as other modules and the API see it. */
public record UnitView(long id, String name, String creditCode, Industry industry, UnitType unitType) {
}
