package com.aigentforce.knowledge.internal.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file types the knowledge base can turn into text (Tika's names for them), with the names people know them by
 * and their usual extensions: upload checks, text extraction and the upload policy the browser checks against all
 * read this one list.
 */
public final class ReadableTypes {

    /** A readable type: Tika's media type, what people call it, and its usual file-name extensions. */
    public record ReadableType(String mediaType, String label, List<String> extensions) {}

    public static final List<ReadableType> ALL = List.of(
            new ReadableType("application/pdf", "PDF", List.of(".pdf")),
            new ReadableType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Word document",
                    List.of(".docx")),
            new ReadableType(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation",
                    List.of(".pptx")),
            new ReadableType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Excel workbook",
                    List.of(".xlsx")),
            new ReadableType("text/html", "web page", List.of(".html", ".htm")),
            new ReadableType("application/xhtml+xml", "web page", List.of(".xhtml")),
            new ReadableType("text/plain", "text", List.of(".txt", ".text", ".log")),
            new ReadableType("text/markdown", "Markdown", List.of(".md", ".markdown")),
            new ReadableType("text/x-web-markdown", "Markdown", List.of(".md", ".markdown")),
            new ReadableType("text/csv", "CSV table", List.of(".csv")),
            new ReadableType("application/json", "JSON", List.of(".json")),
            new ReadableType("message/rfc822", "e-mail", List.of(".eml")));

    /** Password-protected Office files: a readable type, but their text cannot be reached. */
    public static final List<String> ENCRYPTED_CONTAINERS =
            List.of("application/x-tika-ooxml-protected", "application/x-tika-msoffice-protected");

    /** What people call some types the knowledge base cannot read; others are named by their media type. */
    private static final Map<String, String> UNREADABLE_LABELS = Map.ofEntries(
            Map.entry("application/x-dosexec", "Windows program"),
            Map.entry("application/x-msdownload", "Windows program"),
            Map.entry("application/x-executable", "Linux program"),
            Map.entry("application/x-sharedlib", "program library"),
            Map.entry("application/x-mach-o-executable", "macOS program"),
            Map.entry("application/java-archive", "Java archive"),
            Map.entry("application/zip", "ZIP archive"),
            Map.entry("application/gzip", "compressed archive"),
            Map.entry("application/x-7z-compressed", "7-Zip archive"),
            Map.entry("application/x-rar-compressed", "RAR archive"),
            Map.entry("application/x-tar", "TAR archive"),
            Map.entry("application/msword", "old Word document (.doc): save it as .docx"),
            Map.entry("application/vnd.ms-excel", "old Excel workbook (.xls): save it as .xlsx"),
            Map.entry("application/vnd.ms-powerpoint", "old PowerPoint presentation (.ppt): save it as .pptx"),
            Map.entry("application/octet-stream", "unrecognised binary data"));

    private ReadableTypes() {}

    public static Optional<ReadableType> find(String mediaType) {
        return ALL.stream().filter(t -> t.mediaType().equals(mediaType)).findFirst();
    }

    public static boolean readable(String mediaType) {
        return find(mediaType).isPresent();
    }

    /** What a person calls this type ("Windows program", "image", "PDF"). */
    public static String label(String mediaType) {
        Optional<ReadableType> readable = find(mediaType);
        if (readable.isPresent()) {
            return readable.get().label();
        }
        String known = UNREADABLE_LABELS.get(mediaType);
        if (known != null) {
            return known;
        }
        int slash = mediaType.indexOf('/');
        String family = slash < 0 ? mediaType : mediaType.substring(0, slash);
        return switch (family) {
            case "image" -> "image";
            case "video" -> "video";
            case "audio" -> "audio";
            default -> mediaType;
        };
    }
}
