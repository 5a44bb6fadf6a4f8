package cn.jiangxin.exam.internal.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A knowledge area (知识点) to add to a bank, under another area or at the top. */
public record AreaDraft(@NotBlank @Size(max = 60) @Pattern(regexp = "[^/]*") String name, Long parentId) {
}
