package com.aigentforce.knowledge.internal.search;

import java.util.List;

/** A ranking of at most the depth asked for; {@code complete} when the index holds no further match. */
record Candidates(List<Scored> ranked, boolean complete) {}
