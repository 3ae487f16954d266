package org.rosette.leopard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Merge this leopard into the survivor {@code into}, for a reason the audit keeps. */
record MergeRequest(@NotNull Long into, @NotBlank @Size(max = 1000) String reason) {
}
