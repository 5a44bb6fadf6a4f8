package cn.jiangxin.honor;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A title to confer: the title, who holds it (a member by card number, or a team or unit
 * by name under its union), and the decision it comes from (文号) with its date.
 */
public record HonorDraft(@NotBlank @Size(max = 60) String title, @NotNull HolderKind holderKind,
		@Size(max = 300) String holderName, @Size(max = 30) String cardNo, @NotNull Long orgId,
		@NotBlank @Size(max = 200) String decision, @NotNull @PastOrPresent LocalDate conferredOn) {
}
