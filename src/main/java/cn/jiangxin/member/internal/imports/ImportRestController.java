package cn.jiangxin.member.internal.imports;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.member.internal.imports.ImportJobs.RowError;
import cn.jiangxin.member.internal.imports.ImportService.Mode;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.OrgScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Member imports over the API: upload a file to start a job, then poll it for progress
 * and errors.
 */
@RestController
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "imports", description = "批量导入 · bulk imports")
class ImportRestController {

	private final ImportService imports;

	private final ImportJobs jobs;

	private final OrgScope scope;

	ImportRestController(ImportService imports, ImportJobs jobs, OrgScope scope) {
		this.imports = imports;
		this.jobs = jobs;
		this.scope = scope;
	}

	@PostMapping(value = "/api/v1/imports/members", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import members of a union's subtree from .xlsx or .csv; answers 202 with the job")
	ResponseEntity<ImportJobView> start(@RequestParam(required = false) Long org,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "VALID_ONLY") Mode mode)
			throws IOException {
		if (org == null) {
			throw BusinessRuleException.invalid("org", "import.org.required");
		}
		scope.require(Actors.require(), org);
		if (file == null) {
			throw BusinessRuleException.invalid("file", "import.file.empty");
		}
		long id = imports.start(Actors.require(), org, file.getOriginalFilename(), file.getInputStream(), mode);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(jobs.find(id).orElseThrow());
	}

	@GetMapping("/api/v1/imports/{id}")
	@Operation(summary = "A job's progress, counts and first 100 row errors")
	JobReport get(@PathVariable long id) {
		ImportJobView job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
		scope.require(Actors.require(), job.orgId());
		return new JobReport(job, jobs.errorsOf(id, 100));
	}

	/** A job and its first errors. */
	record JobReport(ImportJobView job, List<RowError> errors) {
	}

}
