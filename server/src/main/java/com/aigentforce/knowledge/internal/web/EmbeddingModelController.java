package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.reembedding.EmbeddingModelChange;
import com.aigentforce.knowledge.internal.reembedding.EmbeddingModelService;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge-bases/{id}/embedding-model")
@Tag(name = "Knowledge bases", description = "Knowledge bases and who may read and edit them")
class EmbeddingModelController {

    private final EmbeddingModelService models;

    EmbeddingModelController(EmbeddingModelService models) {
        this.models = models;
    }

    @GetMapping
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "The knowledge base's embedding model",
            description = "provider builtin (in-process all-minilm-l6-v2-q, 384 dimensions) or openai-compatible;"
                    + " the API key is never returned (apiKeySet says whether one is saved), baseUrl only to"
                    + " knowledge-base administrators; reembedding is the latest re-embedding (null if none).")
    EmbeddingModelView get(@PathVariable UUID id) {
        return EmbeddingModelView.of(models.get(id));
    }

    @PutMapping
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(
            summary = "Change the knowledge base's embedding model",
            description = "Checks the model (http/https URL, the outbound SSRF guard, one probe embedding whose"
                    + " length must be one of 256, 384, 512, 768, 1024, 1536, 3072), switches the knowledge base and"
                    + " queues a re-embedding of its chunks (202); search keeps finding every chunk meanwhile."
                    + " Progress: GET this resource or knowledge:reembedding WebSocket events. The same model again"
                    + " answers 200 (a new apiKey is saved) without a re-embedding.")
    @ApiResponse(responseCode = "200", description = "the same model: nothing to re-embed")
    @ApiResponse(responseCode = "202", description = "switched; the re-embedding is queued")
    @ApiResponse(
            responseCode = "409",
            description = "reembedding-running: a re-embedding of this knowledge base is queued or running")
    @ApiResponse(
            responseCode = "422",
            description = "validation, outbound-target-refused (SSRF guard) or embedding-provider-failed (the probe"
                    + " failed, e.g. \"the provider answered 401 Unauthorized\")")
    ResponseEntity<EmbeddingModelView> change(
            @PathVariable UUID id, @Valid @RequestBody EmbeddingModelRequest request) {
        EmbeddingModelService.Change change = models.change(
                id,
                new EmbeddingModelChange(
                        request.provider(),
                        request.baseUrl(),
                        request.model(),
                        request.dimensions(),
                        request.apiKey()));
        return ResponseEntity.status(change.reembedding() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(EmbeddingModelView.of(change.state()));
    }
}
