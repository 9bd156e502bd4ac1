package com.aigentforce.ai.internal.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a definition must meet before it becomes a version: the body parses and stays within the limits, it
 * uses only declared variables and every declared variable is used, names are identifiers and unique, an enum has
 * options, and a default has its variable's type (an enum's among its options).
 */
final class TemplateRules {

    static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final TemplatesProperties limits;

    TemplateRules(TemplatesProperties limits) {
        this.limits = limits;
    }

    void check(TemplateDefinition definition) {
        FieldErrors errors = new FieldErrors();
        checkVariables(definition.variables(), errors);
        checkBody(definition, errors);
        errors.throwIfAny("The template has invalid fields");
    }

    private void checkBody(TemplateDefinition definition, FieldErrors errors) {
        String body = definition.body();
        if (body.length() > limits.maxBodyChars()) {
            errors.add("body", "must be at most " + limits.maxBodyChars() + " characters");
            return;
        }
        TemplateEngine.Parsed parsed = TemplateEngine.parse(body);
        if (parsed.error() != null) {
            errors.add("body", "does not parse: " + parsed.error());
            return;
        }
        parsed.refused().forEach(tag -> errors.add("body", "uses " + tag));
        Set<String> declared = new HashSet<>();
        definition.variables().forEach(v -> declared.add(v.name()));
        for (String name : parsed.names()) {
            if (!declared.contains(name)) {
                errors.add("body", "uses '" + name + "', which is not a declared variable");
            }
        }
        List<TemplateVariable> variables = definition.variables();
        for (int i = 0; i < variables.size(); i++) {
            String name = variables.get(i).name();
            boolean wellFormed = name != null && VARIABLE_NAME.matcher(name).matches();
            if (wellFormed && !parsed.names().contains(name)) {
                errors.add("variables[" + i + "].name", "'" + name + "' is declared but the body never uses it");
            }
        }
    }

    private void checkVariables(List<TemplateVariable> variables, FieldErrors errors) {
        if (variables.size() > limits.maxVariables()) {
            errors.add("variables", "must be at most " + limits.maxVariables());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < variables.size(); i++) {
            TemplateVariable variable = variables.get(i);
            String at = "variables[" + i + "]";
            if (variable.name() == null
                    || !VARIABLE_NAME.matcher(variable.name()).matches()) {
                errors.add(at + ".name", "must be a letter or _ followed by up to 63 letters, digits or _");
            } else if (!seen.add(variable.name())) {
                errors.add(at + ".name", "'" + variable.name() + "' is declared twice");
            }
            if (variable.type() == null) {
                errors.add(at + ".type", "must be string, number, boolean, enum or text");
                continue;
            }
            checkOptions(variable, at, errors);
            if (variable.defaultValue() != null) {
                String problem = VariableValues.typeProblem(variable, variable.defaultValue(), limits);
                if (problem != null) {
                    errors.add(at + ".default", problem);
                }
            }
        }
    }

    private void checkOptions(TemplateVariable variable, String at, FieldErrors errors) {
        List<String> options = variable.options();
        if (variable.type() != VariableType.ENUM) {
            if (!options.isEmpty()) {
                errors.add(at + ".options", "only an enum variable has options");
            }
            return;
        }
        if (options.isEmpty()) {
            errors.add(at + ".options", "an enum variable needs at least one option");
        } else if (options.size() > limits.maxOptions()) {
            errors.add(at + ".options", "must be at most " + limits.maxOptions());
        } else if (options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 200)) {
            errors.add(at + ".options", "each option must be 1 to 200 characters");
        } else if (new HashSet<>(options).size() != options.size()) {
            errors.add(at + ".options", "must not repeat an option");
        }
    }
}
