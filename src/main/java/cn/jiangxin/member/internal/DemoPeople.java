package cn.jiangxin.member.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.IdType;
import cn.jiangxin.member.MemberDraft;
import cn.jiangxin.shared.IdNumbers;

/**
 * Makes up people who could be members: common Chinese surnames and given names, resident
 * ID numbers with valid check digits from Beijing districts and the provinces migrant
 * workers come from, mobile numbers; the same people on every run.
 */
final class DemoPeople {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰飞红鹏辉玲斌波宇浩凯晨欣雪梅琳丹婷晶博文志鑫宁佳颖晓东海燕春天亮宏鹰旺树龙洪涛";

	private static final String[] REGIONS = { "110101", "110102", "110105", "110106", "110108", "110112", "110113",
			"110114", "110115", "110116", "110119", "130102", "130602", "410102", "410302", "370102", "510104",
			"420102", "140105", "230102", "340102", "360102" };

	private final Random random;

	private final Set<String> used = new HashSet<>();

	DemoPeople(long seed) {
		this.random = new Random(seed);
	}

	MemberDraft next(EmploymentType employment, String employer) {
		boolean male = random.nextBoolean();
		String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given();
		LocalDate birth = LocalDate.of(1965 + random.nextInt(39), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String id;
		do {
			int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
			String first17 = REGIONS[random.nextInt(REGIONS.length)] + birth.toString().replace("-", "")
					+ String.format("%03d", sequence);
			id = first17 + IdNumbers.checkCharacter(first17);
		}
		while (!used.add(id));
		String phone = "1" + "35789".charAt(random.nextInt(5)) + (random.nextInt(10))
				+ String.format("%08d", random.nextInt(100_000_000));
		Education education = Education.values()[Math.min(Education.values().length - 1, random.nextInt(5))];
		LocalDate joined = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
		return new MemberDraft(name, null, IdType.RESIDENT_ID, id, null, phone, null, education, employment, employer,
				joined, null);
	}

	/** A person by name, for the seeds' named people (宗树龙 and others). */
	MemberDraft named(String name, boolean male, EmploymentType employment, String employer) {
		MemberDraft someone;
		do {
			someone = next(employment, employer);
		}
		while (IdNumbers.isMale(someone.idNumber()) != male);
		return new MemberDraft(name, null, someone.idType(), someone.idNumber(), null, someone.phone(), null,
				someone.education(), employment, employer, someone.joinDate(), null);
	}

	private String given() {
		int length = random.nextInt(10) < 6 ? 2 : 1;
		StringBuilder given = new StringBuilder();
		for (int i = 0; i < length; i++) {
			given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return given.toString();
	}

}
