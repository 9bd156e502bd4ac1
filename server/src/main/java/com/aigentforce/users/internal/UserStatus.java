package com.aigentforce.users.internal;

import com.fasterxml.jackson.annotation.JsonValue;

enum UserStatus {
    ACTIVE,
    INVITED,
    DEACTIVATED;

    @JsonValue
    String json() {
        return name().toLowerCase();
    }
}
