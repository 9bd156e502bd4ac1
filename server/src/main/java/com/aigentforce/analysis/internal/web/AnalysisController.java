package com.aigentforce.analysis.internal.web;

import com.aigentforce.analysis.internal.service.AnalysisService;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Analysis", description = "Entities, language, sentiment, key phrases and summaries of a text or file")
class AnalysisController {

    private static final String DESCRIPTION = "Answers 200 with the analysis at once. tasks: language, entities,"
            + " sentiment, keyPhrases, summary (all when absent). The text (inline, or extracted from the file) may"
            + " have at most aigentforce.analysis.max-text bytes (100KB): more is 413 text-too-long. Nothing is stored.";

    private final AnalysisService analysis;

    AnalysisController(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @PostMapping(path = "/api/v1/documents/analyze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permissions.DOCUMENTS_ANALYZE)
    @Operation(summary = "Analyse a text", description = DESCRIPTION)
    DocumentAnalysisView analyze(@Valid @RequestBody AnalyzeRequest request) {
        return DocumentAnalysisView.of(analysis.analyze(request.text(), AnalysisService.tasks(request.tasks())));
    }

    @PostMapping(path = "/api/v1/documents/analyze", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission(Permissions.DOCUMENTS_ANALYZE)
    @Operation(
            summary = "Analyse a file",
            description = "Multipart: the file in part 'file' (the formats documents accept), optional 'tasks'"
                    + " (comma-separated). " + DESCRIPTION)
    DocumentAnalysisView analyzeFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @Size(max = 200) String tasks) {
        if (file == null || file.isEmpty()) {
            throw new InvalidField("file", "a non-empty file is required");
        }
        List<String> names = tasks == null || tasks.isBlank()
                ? List.of()
                : Arrays.stream(tasks.split(",")).map(String::strip).toList();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return DocumentAnalysisView.of(analysis.analyzeFile(content, name, AnalysisService.tasks(names)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
