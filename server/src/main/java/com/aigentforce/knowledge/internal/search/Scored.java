package com.aigentforce.knowledge.internal.search;

import java.util.UUID;

/** A chunk id with its score in one ranking. */
record Scored(UUID id, double score) {

    /** The projection of an index hit (its id and score). */
    static Scored of(UUID id, Float score) {
        return new Scored(id, score);
    }
}
