package com.aigentforce.knowledge.internal.index;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps chunks that are not searchable (old versions, deleted documents) out of the index. */
public class SearchableChunkRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("searchable");
        context.bridge(Chunk.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Chunk> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Chunk chunk, RoutingBridgeRouteContext context) {
            if (chunk.searchable()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Chunk chunk, RoutingBridgeRouteContext context) {
            // a single shard: wherever the chunk was, it was on the one route
            routes.addRoute();
        }
    }
}
