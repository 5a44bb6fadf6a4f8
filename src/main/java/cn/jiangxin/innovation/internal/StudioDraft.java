package cn.jiangxin.innovation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.StudioField;

/**
 * A studio to register: its name, host union, employer, leader (by member card number),
 * field, founding date, tags and description.
 */
record StudioDraft(@NotBlank @Size(max = 100) String name, @NotNull Long hostOrgId,
		@Size(max = 200) String employerName, @NotBlank @Size(max = 30) String leaderCardNo, @NotNull StudioField field,
		@NotNull @PastOrPresent LocalDate foundedOn, @Size(max = 12) List<@NotBlank @Size(max = 20) String> tags,
		@Size(max = 4000) String description) {
}
