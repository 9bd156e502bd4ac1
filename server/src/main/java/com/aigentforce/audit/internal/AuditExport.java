package com.aigentforce.audit.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.audit.internal.AuditRecord.AuditView;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit entries a filter selects as CSV (RFC 4180), newest first, at most {@code export-max-rows}, read
 * a batch at a time so an export's size does not decide the memory it takes. Cells a spreadsheet would take for a
 * formula are prefixed with an apostrophe. Every export is itself recorded ({@code audit.exported}).
 */
@Service
class AuditExport {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
    private static final int BATCH = 500;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader(
                    "occurredAt",
                    "seq",
                    "action",
                    "actorId",
                    "actorEmail",
                    "apiKeyId",
                    "apiKeyName",
                    "targetType",
                    "targetId",
                    "targetName",
                    "ip",
                    "userAgent",
                    "details")
            .get();

    private final AuditRecords records;
    private final AuditProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JsonMapper json;
    private final TransactionTemplate read;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate write;

    AuditExport(
            AuditRecords records,
            AuditProperties properties,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.json = json;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        // pages read at one point in time: entries written meanwhile neither shift nor repeat rows
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.write = new TransactionTemplate(transactions);
    }

    /** How many rows an export of {@code filter} holds, and how many match; the export is recorded here. */
    Extent plan(AuditFilter filter) {
        long matching = read.execute(s -> records.count(filter.specification()));
        Extent extent = new Extent(Math.min(matching, properties.exportMaxRows()), matching);
        Map<String, Object> details = new LinkedHashMap<>(filter.describe());
        details.put("rows", extent.rows());
        details.put("truncated", extent.truncated());
        write.executeWithoutResult(
                s -> events.publishEvent(AuditEvent.byCurrentCaller("audit.exported", "audit", null, details)));
        return extent;
    }

    /** Writes up to {@code extent.rows()} entries of {@code filter}, newest first, from one snapshot. */
    void write(AuditFilter filter, Extent extent, Writer out) {
        snapshot.executeWithoutResult(s -> {
            try {
                CSVPrinter csv = new CSVPrinter(out, FORMAT);
                long written = 0;
                for (int page = 0; written < extent.rows(); page++) {
                    Page<AuditRecord> batch =
                            records.findAll(filter.specification(), PageRequest.of(page, BATCH, NEWEST_FIRST));
                    for (AuditRecord record : batch.getContent()) {
                        if (written++ >= extent.rows()) {
                            break;
                        }
                        csv.printRecord(cells(record.view()));
                    }
                    csv.flush();
                    entityManager.clear();
                    if (!batch.hasNext()) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Object[] cells(AuditView e) {
        return new Object[] {
            e.occurredAt(),
            e.seq(),
            safe(e.action()),
            e.actorId(),
            safe(e.actorEmail()),
            e.apiKeyId(),
            safe(e.apiKeyName()),
            safe(e.targetType()),
            safe(e.targetId()),
            safe(e.targetName()),
            safe(e.ip()),
            safe(e.userAgent()),
            e.details() == null || e.details().isEmpty() ? "" : safe(json.writeValueAsString(e.details()))
        };
    }

    /**
     * A cell a spreadsheet would evaluate (starting with = + - @, or a tab or carriage return that hides one) is
     * prefixed with an apostrophe, so opening the export never runs what someone typed into a name.
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** {@code rows} exported of {@code matching}; fewer when the cap cut the export. */
    record Extent(long rows, long matching) {

        boolean truncated() {
            return rows < matching;
        }
    }
}
