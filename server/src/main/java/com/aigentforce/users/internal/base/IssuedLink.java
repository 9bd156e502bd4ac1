package com.aigentforce.users.internal.base;

import java.time.Instant;

/** A one-time link just issued (invitation or password reset); {@code mailed} when a mail server delivers it. */
public record IssuedLink(String url, Instant expiresAt, boolean mailed) {}
