package com.aigentforce.users.internal.base;

import com.fasterxml.jackson.annotation.JsonValue;

public enum UserStatus {
    ACTIVE,
    INVITED,
    DEACTIVATED;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }
}
