package com.aigentforce.analysis.internal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An inline text to analyse; {@code tasks} absent or empty means every task. */
record AnalyzeRequest(@NotNull String text, @Size(max = 10) List<@NotNull @Size(max = 40) String> tasks) {}
