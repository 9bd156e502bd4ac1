/**
 * Real-time events over WebSocket ({@code /api/v1/ws}): the authenticated gateway, tenant-scoped delivery to people
 * and permission holders, and fan-out across nodes. Other modules publish through {@link
 * com.aigentforce.realtime.RealtimeEvents}.
 */
package com.aigentforce.realtime;
