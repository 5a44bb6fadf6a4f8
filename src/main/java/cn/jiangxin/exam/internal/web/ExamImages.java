package cn.jiangxin.exam.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.multipart.MultipartFile;

import cn.jiangxin.exam.internal.bank.BankService;
import cn.jiangxin.exam.internal.bank.BankStore;
import cn.jiangxin.exam.internal.sitting.AttemptStore;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.NotFoundException;
import cn.jiangxin.shared.files.BlobStore;
import cn.jiangxin.shared.files.StoredBlob;

/**
 * Pictures in stems and options: kept in the blob store (PNG or JPEG, up to 2 MB), shown
 * to admins who may use a bank showing them and to candidates whose paper shows them;
 * anyone else meets a 404.
 */
@Controller
class ExamImages {

	/** The largest picture a question takes. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	private final BlobStore blobs;

	private final BankStore bankStore;

	private final BankService banks;

	private final AttemptStore attempts;

	ExamImages(BlobStore blobs, BankStore bankStore, BankService banks, AttemptStore attempts) {
		this.blobs = blobs;
		this.bankStore = bankStore;
		this.banks = banks;
		this.attempts = attempts;
	}

	/** Keeps a picture handed in as {@code field}, or refuses it naming the field. */
	StoredBlob store(String field, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessRuleException.invalid(field, "file.empty");
		}
		return blobs.store(field, file.getInputStream(), MAX_BYTES, List.of("png", "jpg"));
	}

	@GetMapping("/exams/images/{hash}")
	ResponseEntity<byte[]> image(@PathVariable String hash) throws IOException {
		if (!hash.matches("[0-9a-f]{64}")) {
			throw new NotFoundException("image", hash);
		}
		Actor actor = Actors.require();
		boolean admin = actor.administers() && bankStore.banksShowing(hash)
			.stream()
			.anyMatch(bank -> bankStore.bank(bank).map(b -> banks.mayUse(actor, b.orgId())).orElse(false));
		boolean candidate = actor.memberId() != null && attempts.showsImage(actor.memberId(), hash);
		if (!admin && !candidate) {
			throw new NotFoundException("image", hash);
		}
		byte[] bytes;
		try (InputStream in = blobs.open(hash)) {
			bytes = in.readAllBytes();
		}
		MediaType type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
