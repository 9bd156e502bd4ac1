package com.aigentforce.analysis.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities with a fixed shape, found by regular expressions with exact offsets. Earlier patterns win where matches
 * overlap: an e-mail address is not also a URL, a date is not also a phone number.
 */
public final class EntityPatterns {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";

    private record Shape(EntityType type, Pattern pattern) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape(EntityType.EMAIL, Pattern.compile("(?<![\\w.+-])[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}")),
            new Shape(EntityType.URL, Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]")),
            new Shape(
                    EntityType.DATETIME,
                    Pattern.compile(
                            "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b"
                                    + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                                    + "|\\b" + MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b"
                                    + "|\\b\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "\\.?,? \\d{4}\\b"
                                    + "|\\b" + TIME + "(?!\\d)"
                                    + "|\\b\\d{1,2}\\s?[AaPp]\\.?[Mm]\\b\\.?")),
            new Shape(
                    EntityType.MONEY,
                    Pattern.compile(
                            "(?:[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|billion|thousand|bn|[kKmM])\\b)?)"
                                    + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:million |billion )?(?:USD|EUR|GBP|CHF|JPY|dollars?|euros?|pounds?)\\b")),
            new Shape(
                    EntityType.PERCENT,
                    Pattern.compile("\\b\\d+(?:[.,]\\d+)?(?:\\s?%|\\s?percent\\b|\\s?per cent\\b)")),
            new Shape(
                    EntityType.PHONE,
                    Pattern.compile(
                            "(?<![\\w+])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}(?:[\\s.-]\\d{2,4}){2,4}(?![\\w-])")));

    private EntityPatterns() {}

    public static List<Entity> find(String text) {
        List<Entity> found = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (found.stream().noneMatch(entity -> entity.overlaps(start, end))) {
                    String value = matcher.group();
                    found.add(new Entity(
                            value,
                            shape.type(),
                            start,
                            end,
                            normalize(shape.type(), value),
                            1.0,
                            Entity.Source.PATTERN));
                }
            }
        }
        return found;
    }

    private static String normalize(EntityType type, String value) {
        return switch (type) {
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case PHONE -> value.replaceAll("[^+\\d]", "");
            case PERCENT -> value.replaceAll("[^\\d.,]", "").replace(',', '.') + "%";
            default -> null;
        };
    }
}
