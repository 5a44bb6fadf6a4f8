package cn.jiangxin.bench;

import java.time.LocalDate;
import java.util.Random;

import cn.jiangxin.shared.IdNumbers;

/**
 * Generated members for benchmarks: names drawn from common surnames and given-name characters with a
 * realistic skew, resident ID numbers that are valid and all different, mobile numbers.
 */
public final class BenchPeople {

	/** The most common surnames, most common first; the draw favours the head of the list. */
	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉飞红鹏辉玲斌波宇浩凯晨欣雪梅琳丹婷晶博文志鑫宁佳颖晓东海燕春天亮宏建国立新德明永利学民振华小军红梅淑珍";

	static final String[] REGIONS = { "110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111",
			"110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119", "130102", "130602",
			"410102", "410302", "370102", "510104", "420102", "140105", "230102", "340102", "360102", "430102",
			"610102", "620102" };

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);

	private final Random random;

	public BenchPeople(long seed) {
		this.random = new Random(seed);
	}

	/** The i-th person's ID number: different for every i below 450 million. */
	public static String idNumber(long i) {
		String region = REGIONS[(int) (i % REGIONS.length)];
		LocalDate birth = FIRST_BIRTH.plusDays((i / REGIONS.length) % 15_000);
		long sequence = (i / (REGIONS.length * 15_000L)) % 1_000;
		String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	public String name() {
		int s = (int) Math.min(SURNAMES.length() - 1, Math.abs(random.nextGaussian()) * SURNAMES.length() / 3);
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(s));
		int length = random.nextInt(10) < 7 ? 2 : 1;
		for (int k = 0; k < length; k++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	public String phone() {
		return "1" + "35789".charAt(random.nextInt(5)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
	}

	public Random random() {
		return random;
	}

}
