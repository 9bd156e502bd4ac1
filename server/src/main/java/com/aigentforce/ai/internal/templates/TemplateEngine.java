package com.aigentforce.ai.internal.templates;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache (JMustache) locked down to plain substitution and sections: values are looked up in maps only (no
 * reflection, so a template cannot call a method), partials and template inheritance are refused (nothing is read
 * from disk), nothing is HTML-escaped (prompts are plain text), and an empty string is false for sections. Values
 * come from JSON, so no lambda can reach it.
 */
final class TemplateEngine {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            // an optional value left out renders as "", and {{#notes}}…{{/notes}} should then be skipped
            .emptyStringIsFalse(true)
            .withLoader(name -> {
                throw new MustacheException("partials are not supported: {{>" + name + "}}");
            })
            .withCollector(new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                    return new ConcurrentHashMap<>();
                }
            });

    private TemplateEngine() {}

    /** What a body's tags refer to, or why it does not parse. */
    record Parsed(Template template, Set<String> names, Set<String> refused, String error) {}

    static Parsed parse(String body) {
        Template template;
        try {
            template = COMPILER.compile(body);
        } catch (MustacheException e) {
            return new Parsed(null, Set.of(), Set.of(), e.getMessage());
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> refused = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                refused.add("{{>" + name + "}} (partials are not supported)");
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                refused.add("{{<" + name + "}} (template inheritance is not supported)");
                return false;
            }

            @Override
            public boolean visitBlock(String name) {
                refused.add("{{$" + name + "}} (blocks are not supported)");
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                names.add(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                names.add(name);
                return true;
            }
        });
        return new Parsed(template, names, refused, null);
    }

    /** Renders a body already checked at save; {@code values} holds every variable it declares. */
    static String render(String body, Map<String, Object> values) {
        return COMPILER.compile(body).execute(values);
    }
}
