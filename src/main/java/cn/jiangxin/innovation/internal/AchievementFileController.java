package cn.jiangxin.innovation.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.web.FormErrors;

/**
 * The evidence files of achievements: attached over JSON or from the studio's page (a
 * phone's camera will do), listed, and opened inline (PDF, images) by the admins of the
 * achievement's studios.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
@Tag(name = "achievements", description = "成果 · studio achievements")
class AchievementFileController {

	private final AchievementFiles files;

	AchievementFileController(AchievementFiles files) {
		this.files = files;
	}

	@PostMapping("/api/v1/achievements/{id}/files")
	@ResponseBody
	@Operation(summary = "Attach an evidence file (PDF, JPEG or PNG, at most 20 MB, 10 an achievement) as part 'file'")
	ResponseEntity<List<AchievementFiles.File>> attach(@PathVariable long id,
			@RequestParam("file") MultipartFile file) {
		List<AchievementFiles.File> attached = files.attach(Actors.require(), id, file);
		return ResponseEntity.created(URI.create("/api/v1/achievements/" + id + "/files")).body(attached);
	}

	@GetMapping("/api/v1/achievements/{id}/files")
	@ResponseBody
	@Operation(summary = "An achievement's evidence files")
	List<AchievementFiles.File> list(@PathVariable long id) {
		return files.list(Actors.require(), id);
	}

	@PostMapping("/achievements/{id}/files")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		long studio = files.studioOf(actor, id);
		try {
			files.attach(actor, id, file);
			redirect.addFlashAttribute("success", "innovation.achievement.fileAttached");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/studios/" + studio + "#achievements";
	}

	@GetMapping("/achievements/{id}/files/{hash}")
	ResponseEntity<InputStreamResource> open(@PathVariable long id, @PathVariable String hash) throws IOException {
		AchievementFiles.File file = files.file(Actors.require(), id, hash);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
			.body(new InputStreamResource(files.open(file)));
	}

}
