package cn.jiangxin.innovation.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Dissolving a studio (撤销): on which day, and why. */
record Dissolution(@NotNull @PastOrPresent LocalDate dissolvedOn, @NotBlank @Size(max = 500) String reason) {
}
