package com.aigentforce.users.internal.base;

import java.util.UUID;

/** One person's membership of one team, with the team's name (a projection). */
public record Membership(UUID userId, UUID teamId, String teamName, boolean lead) {}
