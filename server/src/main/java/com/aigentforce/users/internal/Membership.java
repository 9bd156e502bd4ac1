package com.aigentforce.users.internal;

import java.util.UUID;

/** One person's membership of one team, with the team's name (a projection). */
record Membership(UUID userId, UUID teamId, String teamName, boolean lead) {}
