package com.aigentforce.users.internal.base;

import java.time.Instant;

/** An issued invitation: the single-use token, the link that carries it, and when it expires. */
public record Invitation(String token, String url, Instant expiresAt) {}
