package cn.jiangxin.support;

/** Names from the demo data that tests rely on. */
public final class Demo {

	public static final String PASSWORD = "jiangxin-demo";

	public static final String ADMIN = "admin";

	public static final String CITY_ADMIN = "bjzgh";

	public static final String FINANCE_ADMIN = "jinrong";

	public static final String JINGKAI_ADMIN = "jingkai";

	public static final String CITY = "北京市总工会";

	public static final String FINANCE = "北京市金融工会";

	public static final String JINGKAI = "北京经济技术开发区总工会";

	public static final String BANK = "中国工商银行北京市分行工会";

	public static final String HAISITANPU = "海斯坦普汽车组件(北京)有限公司工会";

	private Demo() {
	}

}
