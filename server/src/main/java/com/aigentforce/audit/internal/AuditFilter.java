package com.aigentforce.audit.internal;

import com.aigentforce.platform.InvalidField;
import jakarta.persistence.criteria.Predicate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the list and the export select. {@code action} matches exactly or as a prefix ending in '.'; {@code actor}
 * is a user id or an email; {@code from} and {@code until} bound {@code occurredAt} (from inclusive, until
 * exclusive: a date given as {@code to} includes that whole UTC day, an instant includes itself).
 */
record AuditFilter(String action, String actor, Instant from, Instant until) {

    /** Parses the request's parameters; a malformed date or {@code from} after {@code to} is a 422. */
    static AuditFilter of(String action, String actor, String from, String to) {
        Instant start = from == null || from.isBlank() ? null : instant("from", from, false);
        Instant until = to == null || to.isBlank() ? null : instant("to", to, true);
        if (start != null && until != null && !start.isBefore(until)) {
            throw new InvalidField("to", "must not be before 'from'");
        }
        return new AuditFilter(blankToNull(action), blankToNull(actor), start, until);
    }

    Specification<AuditRecord> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (action != null) {
                where.add(
                        action.endsWith(".")
                                ? cb.like(root.get("action"), action.replace("%", "") + "%")
                                : cb.equal(root.get("action"), action));
            }
            if (actor != null) {
                UUID actorId = uuid(actor);
                where.add(
                        actorId != null
                                ? cb.equal(root.get("actorId"), actorId)
                                : cb.equal(cb.lower(root.get("actorEmail")), actor.toLowerCase()));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (until != null) {
                where.add(cb.lessThan(root.get("occurredAt"), until));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The filters as given, for the record of an export. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        if (action != null) {
            described.put("action", action);
        }
        if (actor != null) {
            described.put("actor", actor);
        }
        if (from != null) {
            described.put("from", from.toString());
        }
        if (until != null) {
            described.put("until", until.toString());
        }
        return described;
    }

    /** An ISO-8601 instant (with Z or an offset) or a date (UTC); an upper bound is made exclusive. */
    private static Instant instant(String field, String raw, boolean upper) {
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant at = OffsetDateTime.parse(value).toInstant();
            // the database keeps microseconds: "until" just after the instant includes it
            return upper ? at.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeException e) {
            throw new InvalidField(field, "must be an ISO-8601 date (2026-01-31) or instant (2026-01-31T09:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
