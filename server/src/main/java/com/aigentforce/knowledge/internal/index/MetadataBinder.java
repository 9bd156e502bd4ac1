package com.aigentforce.knowledge.internal.index;

import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/** Indexes a document's metadata map as exact-match fields {@code metadata.<key>}, one per key. */
public class MetadataBinder implements PropertyBinder {

    public static final String FIELD = "metadata";

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaObjectField metadata = context.indexSchemaElement().objectField(FIELD);
        metadata.fieldTemplate("metadataValue", f -> f.asString());
        context.bridge(Map.class, new Bridge(metadata.toReference()));
    }

    @SuppressWarnings("rawtypes")
    private static final class Bridge implements PropertyBridge<Map> {

        private final IndexObjectFieldReference metadataField;

        Bridge(IndexObjectFieldReference metadataField) {
            this.metadataField = metadataField;
        }

        @Override
        public void write(DocumentElement target, Map metadata, PropertyBridgeWriteContext context) {
            if (metadata == null || metadata.isEmpty()) {
                return;
            }
            DocumentElement object = target.addObject(metadataField);
            for (Object entry : metadata.entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                if (e.getValue() != null) {
                    object.addValue(e.getKey().toString(), e.getValue().toString());
                }
            }
        }
    }
}
