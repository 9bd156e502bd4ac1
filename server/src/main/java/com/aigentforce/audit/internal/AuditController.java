package com.aigentforce.audit.internal;

import com.aigentforce.audit.internal.AuditChainVerifier.ChainVerification;
import com.aigentforce.audit.internal.AuditExport.Extent;
import com.aigentforce.audit.internal.AuditRecord.AuditView;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The organisation's audit trail of security and administrative actions")
class AuditController {

    private static final String FILTERS = "`action` matches exactly or as a prefix ending in '.' (e.g. `auth.`); "
            + "`actor` is a user id or an email; `from`/`to` are ISO-8601 dates (UTC days, `to` inclusive) or "
            + "instants; 422 when malformed or `from` is after `to`.";

    private final AuditRecords records;
    private final AuditChainVerifier verifier;
    private final AuditExport export;

    AuditController(AuditRecords records, AuditChainVerifier verifier, AuditExport export) {
        this.records = records;
        this.verifier = verifier;
        this.export = export;
    }

    @GetMapping("/api/v1/audit/verify")
    @RequiresPermission("audit:read")
    @Operation(
            summary = "Verify the audit trail's hash chain",
            description = "Recomputes every record's hash and reports the first broken link: a record altered, "
                    + "records missing before it, or records removed from the end of the trail.")
    ChainVerification verify() {
        return verifier.verify(CurrentCaller.get().tenantId());
    }

    @GetMapping("/api/v1/audit")
    @RequiresPermission("audit:read")
    @Transactional(readOnly = true)
    @Operation(summary = "Audit records, newest first", description = FILTERS)
    PageResponse<AuditView> list(
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 254) String actor,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AuditFilter filter = AuditFilter.of(action, actor, from, to);
        var found = records.findAll(filter.specification(), PageRequest.of(page, size, AuditExport.NEWEST_FIRST));
        return PageResponse.of(found, AuditRecord::view);
    }

    @GetMapping(value = "/api/v1/audit/export.csv", produces = "text/csv")
    @RequiresPermission("audit:read")
    @Operation(
            summary = "The audit records the filters select, as CSV (RFC 4180), newest first",
            description = FILTERS + " At most `aigentforce.audit.export-max-rows` rows (50,000 by default); "
                    + "`X-Total-Count` says how many matched and `X-Export-Truncated` whether the cap cut the "
                    + "export. Cells starting with = + - @ are prefixed with an apostrophe. Recorded as "
                    + "`audit.exported`.")
    void exportCsv(
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 254) String actor,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        AuditFilter filter = AuditFilter.of(action, actor, from, to);
        Extent extent = export.plan(filter);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv")
                        .build()
                        .toString());
        response.setHeader("X-Total-Count", Long.toString(extent.matching()));
        response.setHeader("X-Export-Truncated", Boolean.toString(extent.truncated()));
        export.write(filter, extent, response.getWriter());
    }
}
