package cn.jiangxin.member.internal.imports;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.member.internal.imports.ImportService.Mode;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.web.FormErrors;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgDirectory;
import cn.jiangxin.shared.OrgScope;

/**
 * Import and export pages: the template, the upload, a job's progress and errors, and the
 * export.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class ImportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportService imports;

	private final ImportJobs jobs;

	private final MemberSheets sheets;

	private final MemberExport export;

	private final OrgScope scope;

	private final OrgDirectory orgNames;

	ImportController(ImportService imports, ImportJobs jobs, MemberSheets sheets, MemberExport export, OrgScope scope,
			OrgDirectory orgNames) {
		this.imports = imports;
		this.jobs = jobs;
		this.sheets = sheets;
		this.export = export;
		this.scope = scope;
		this.orgNames = orgNames;
	}

	@GetMapping("/members/import")
	String page(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("jobs", jobs.recent(actor, 20));
		if (actor.orgId() != null) {
			model.addAttribute("org", actor.orgId());
			model.addAttribute("orgName", orgNames.names(Set.of(actor.orgId())).get(actor.orgId()));
		}
		return "member/import";
	}

	@GetMapping("/members/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		attachment(response, "会员导入模板.xlsx");
		sheets.template(response.getOutputStream());
	}

	@PostMapping("/members/import")
	String upload(@RequestParam(required = false) Long org, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "VALID_ONLY") Mode mode, RedirectAttributes redirect) throws IOException {
		Actor actor = Actors.require();
		try {
			if (org == null) {
				throw BusinessRuleException.invalid("org", "import.org.required");
			}
			scope.require(actor, org);
			if (file == null) {
				throw BusinessRuleException.invalid("file", "import.file.empty");
			}
			long id = imports.start(actor, org, file.getOriginalFilename(), file.getInputStream(), mode);
			return "redirect:/members/import/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/members/import";
		}
	}

	@GetMapping("/members/import/{id}")
	String job(@PathVariable long id, Model model) {
		ImportJobView job = visible(id);
		model.addAttribute("job", job);
		model.addAttribute("errors", jobs.errorsOf(id, 100));
		return "member/import-job";
	}

	@GetMapping("/members/import/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", visible(id));
		model.addAttribute("errors", jobs.errorsOf(id, 100));
		return "member/import-job :: progress";
	}

	@GetMapping("/members/import/{id}/errors.xlsx")
	void errorReport(@PathVariable long id, HttpServletResponse response) throws IOException {
		visible(id);
		attachment(response, "导入错误报告-" + id + ".xlsx");
		sheets.errorReport(jobs.errorsOf(id, ImportJobs.MAX_STORED_ERRORS), LocaleContextHolder.getLocale(),
				response.getOutputStream());
	}

	@GetMapping("/members/export")
	void export(@RequestParam(required = false) Long org, @RequestParam(defaultValue = "false") boolean clear,
			HttpServletResponse response) throws IOException {
		Actor actor = Actors.require();
		long root = org != null ? org : actor.orgId() != null ? actor.orgId() : -1;
		if (root < 0) {
			throw BusinessRuleException.invalid("org", "import.org.required");
		}
		export.check(actor, root, clear);
		attachment(response, "会员-" + root + ".xlsx");
		export.export(actor, root, clear, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	private ImportJobView visible(long id) {
		ImportJobView job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
		scope.require(Actors.require(), job.orgId());
		return job;
	}

	private static void attachment(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
