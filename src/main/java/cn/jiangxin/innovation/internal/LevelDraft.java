package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.jiangxin.innovation.StudioLevel;

/** A level conferred on a studio: by which union, which decision (文号), on which day. */
record LevelDraft(@NotNull StudioLevel level, @NotNull Long conferringOrgId, @NotBlank @Size(max = 200) String decision,
		@NotNull @PastOrPresent LocalDate conferredOn) {
}
