package com.aigentforce.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;

/** The customer's subscription tiers; serialised lower-case ("free" | "pro" | "enterprise"). */
public enum SubscriptionTier {
    FREE,
    PRO,
    ENTERPRISE;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }
}
