package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.internal.document.DocumentService;
import com.aigentforce.knowledge.internal.document.DocumentService.UploadPolicy;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Knowledge bases", description = "Knowledge bases and who may read and edit them")
class StorageUsageController {

    private final StorageQuota quota;
    private final DocumentService documents;

    StorageUsageController(StorageQuota quota, DocumentService documents) {
        this.quota = quota;
        this.documents = documents;
    }

    /** {@code limitBytes} is null when the organisation has no limit. */
    record StorageUsageView(long usedBytes, Long limitBytes) {}

    @GetMapping("/api/v1/knowledge-bases/usage")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "The organisation's file storage: bytes used and its limit",
            description = "usedBytes counts every version of every document, deleted ones until their retention"
                    + " ends; limitBytes is null without a limit. Uploads and imports past the limit answer 413"
                    + " storage-quota-exceeded.")
    StorageUsageView usage() {
        StorageQuota.Usage usage = quota.usage(CurrentCaller.get().tenantId());
        return new StorageUsageView(usage.usedBytes(), usage.limitBytes());
    }

    @GetMapping("/api/v1/knowledge-bases/upload-policy")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "What an upload may be: the largest file and the readable types",
            description = "The browser checks files against this before sending them; the server checks again"
                    + " (413 file-too-large, 415 unsupported-file-type with the reason in a sentence).")
    UploadPolicy uploadPolicy() {
        return documents.uploadPolicy();
    }
}
