package com.aigentforce.analysis.internal.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The one documented set of entity types (docs/api.md, "Document analysis"). The name finder knows the first six;
 * the patterns find the rest.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    PRODUCT,
    CREATIVE_WORK,
    GROUP,
    EMAIL,
    URL,
    PHONE,
    MONEY,
    PERCENT,
    DATETIME;

    /** The name in the API and in the trained model's labels: {@code person}, {@code creative_work}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntityType> ofLabel(String label) {
        return Arrays.stream(values())
                .filter(type -> type.label().equals(label))
                .findFirst();
    }
}
