package com.aigentforce.ai.internal.templates;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a render request's values to a version's variables: every unknown, missing or mistyped one is named in one
 * 422; an absent optional value takes its default, else renders empty (a boolean: false).
 */
final class VariableValues {

    private VariableValues() {}

    static Map<String, Object> bind(
            List<TemplateVariable> variables, Map<String, ?> given, TemplatesProperties limits) {
        FieldErrors errors = new FieldErrors();
        Map<String, TemplateVariable> declared = new HashMap<>();
        variables.forEach(v -> declared.put(v.name(), v));
        for (String name : given.keySet()) {
            if (!declared.containsKey(name)) {
                errors.add("variables." + name, "is not a variable of this template");
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (TemplateVariable variable : variables) {
            Object value = given.get(variable.name());
            String field = "variables." + variable.name();
            if (value == null) {
                value = variable.defaultValue();
            }
            if (value == null) {
                if (variable.required()) {
                    errors.add(field, "is required");
                } else {
                    values.put(variable.name(), variable.type() == VariableType.BOOLEAN ? Boolean.FALSE : "");
                }
                continue;
            }
            String problem = typeProblem(variable, value, limits);
            if (problem != null) {
                errors.add(field, problem);
            } else {
                values.put(variable.name(), value instanceof Number number ? plain(number) : value);
            }
        }
        errors.throwIfAny("The template's variables are missing, unknown or of the wrong type");
        return values;
    }

    /** Why {@code value} does not fit {@code variable}, or null when it does. */
    static String typeProblem(TemplateVariable variable, Object value, TemplatesProperties limits) {
        return switch (variable.type()) {
            case STRING, TEXT ->
                !(value instanceof String s)
                        ? "must be a string"
                        : s.length() > limits.maxValueChars()
                                ? "must be at most " + limits.maxValueChars() + " characters"
                                : null;
            case NUMBER -> value instanceof Number n && finite(n) ? null : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case ENUM ->
                value instanceof String s && variable.options().contains(s)
                        ? null
                        : "must be one of: " + String.join(", ", variable.options());
        };
    }

    private static boolean finite(Number n) {
        return !(n instanceof Double d && (d.isNaN() || d.isInfinite()))
                && !(n instanceof Float f && (f.isNaN() || f.isInfinite()));
    }

    /** 3 renders as "3" and 2.50 as "2.5", never in exponent notation. */
    private static String plain(Number number) {
        BigDecimal decimal = switch (number) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            default -> new BigDecimal(number.toString());
        };
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
