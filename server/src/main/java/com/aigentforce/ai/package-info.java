/**
 * The AI engine: model providers per tenant (hosted and self-hosted, reached through the outbound-HTTP guard), their
 * models and prices, and the generation engine (complete or streamed answers, with retries, a circuit breaker per
 * provider and a limit of concurrent generations per tenant) that assistants and conversations build on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AI engine")
package com.aigentforce.ai;
