package cn.jiangxin.exam.internal.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A question bank as created or renamed: its name, what it is for, the union it belongs
 * to.
 */
public record BankDraft(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description,
		@NotNull Long orgId) {
}
