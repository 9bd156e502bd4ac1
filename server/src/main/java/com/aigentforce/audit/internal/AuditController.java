package com.aigentforce.audit.internal;

import com.aigentforce.audit.internal.AuditChainVerifier.ChainVerification;
import com.aigentforce.audit.internal.AuditRecord.AuditView;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The organisation's audit trail of security and administrative actions")
class AuditController {

    private final AuditRecords records;
    private final AuditChainVerifier verifier;

    AuditController(AuditRecords records, AuditChainVerifier verifier) {
        this.records = records;
        this.verifier = verifier;
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
    @Operation(
            summary = "Audit records, newest first",
            description =
                    "`action` matches exactly or as a prefix ending in '.' (e.g. `auth.`); `actor` is a user id or an email.")
    PageResponse<AuditView> list(
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 254) String actor,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Specification<AuditRecord> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (action != null && !action.isBlank()) {
                where.add(
                        action.endsWith(".")
                                ? cb.like(root.get("action"), action.replace("%", "") + "%")
                                : cb.equal(root.get("action"), action));
            }
            if (actor != null && !actor.isBlank()) {
                UUID actorId = parse(actor);
                where.add(
                        actorId != null
                                ? cb.equal(root.get("actorId"), actorId)
                                : cb.equal(
                                        cb.lower(root.get("actorEmail")),
                                        actor.strip().toLowerCase()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        var found = records.findAll(
                spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        return PageResponse.of(found, AuditRecord::view);
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
