package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A progress record of a mentorship: on which day, and what was done. */
record ProgressNote(@NotNull @PastOrPresent LocalDate recordedOn, @NotBlank @Size(max = 2000) String note) {
}
