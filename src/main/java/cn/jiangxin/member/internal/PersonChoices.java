package cn.jiangxin.member.internal;

import org.springframework.ui.Model;

import cn.jiangxin.member.Education;
import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.Gender;
import cn.jiangxin.member.IdType;

/** The choices of the person fields, for every page that shows them. */
public final class PersonChoices {

	private PersonChoices() {
	}

	public static void addTo(Model model) {
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
	}

}
