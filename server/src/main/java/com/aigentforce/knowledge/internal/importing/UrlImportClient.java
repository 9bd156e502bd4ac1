package com.aigentforce.knowledge.internal.importing;

import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.platform.outbound.OutboundHttp;
import com.aigentforce.platform.outbound.OutboundProperties;
import com.aigentforce.platform.outbound.OutboundRequestFailed;
import com.aigentforce.platform.outbound.OutboundResponseTooLarge;
import com.aigentforce.platform.outbound.OutboundTargetRefused;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.platform.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * Fetches the file of a URL import into object storage, only through {@link OutboundHttp} (the SSRF guard checks
 * every connection, redirects included). Its own guarded client caps the body at the knowledge base's largest file
 * ({@code AIGENTFORCE_KB_MAX_FILE_SIZE}); the allow-list, timeouts and redirect limit are the application's
 * ({@code aigentforce.outbound}). The body streams straight into storage, never whole into memory.
 */
@Component
class UrlImportClient implements DisposableBean {

    private static final Tika TIKA = new Tika();
    private static final String GENERIC_TYPE = "application/octet-stream";

    private final OutboundHttp http;
    private final ObjectStorage storage;
    private final long maxBytes;

    UrlImportClient(OutboundProperties outbound, KnowledgeProperties knowledge, ObjectStorage storage) {
        this.maxBytes = knowledge.maxFileSize().toBytes();
        this.http = new OutboundHttp(new OutboundProperties(
                outbound.allow(),
                outbound.connectTimeout(),
                outbound.readTimeout(),
                knowledge.maxFileSize(),
                outbound.maxRedirects()));
        this.storage = storage;
    }

    /** What was stored: the file's name and type (from the response, Tika where it says nothing useful). */
    record Fetched(String fileName, String contentType, long size, String sha256) {}

    void checkTarget(URI url) {
        http.checkTarget(url);
    }

    /** Downloads {@code url} into {@code key}; throws {@link FetchFailed} with a reason a person understands. */
    Fetched fetch(URI url, String key) {
        HttpGet get = new HttpGet(url);
        get.addHeader("Accept", "*/*");
        get.addHeader("User-Agent", "AiGentForce-URL-import");
        HttpClientContext context = HttpClientContext.create();
        try (ClassicHttpResponse response = http.httpClient().executeOpen(null, get, context)) {
            int code = response.getCode();
            if (code >= 300) {
                throw new FetchFailed("could not fetch: " + code, code >= 500 || code == 429 || code == 408);
            }
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                throw new FetchFailed("could not fetch: the response has no content", false);
            }
            List<URI> hops = context.getRedirectLocations().getAll();
            URI finalUrl = hops.isEmpty() ? url : hops.getLast();
            String declared = baseType(entity.getContentType());
            String name = fileName(response.getFirstHeader("Content-Disposition"), finalUrl, declared);
            StoredObject stored;
            try (InputStream in = entity.getContent()) {
                stored = storage.put(key, in, -1, declared);
            }
            String type = declared == null || declared.equals(GENERIC_TYPE) ? detect(key, name) : declared;
            return new Fetched(name, type, stored.size(), stored.sha256());
        } catch (FetchFailed e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw asFetchFailed(e);
        }
    }

    private FetchFailed asFetchFailed(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case OutboundTargetRefused refused -> {
                    return new FetchFailed("address not allowed: " + refused.reason(), false);
                }
                case OutboundResponseTooLarge tooLarge -> {
                    return new FetchFailed("the file is larger than the limit of " + maxBytes + " bytes", false);
                }
                case OutboundRequestFailed failed -> {
                    return new FetchFailed("could not fetch: " + failed.getMessage(), true);
                }
                case UnknownHostException unknown -> {
                    return new FetchFailed("could not fetch: the host name does not resolve", false);
                }
                case ConnectException refused -> {
                    return new FetchFailed("could not fetch: the connection was refused", true);
                }
                case InterruptedIOException timeout -> {
                    return new FetchFailed("could not fetch: it timed out", true);
                }
                default -> {}
            }
        }
        if (e instanceof IOException) {
            return new FetchFailed("could not fetch: " + e.getClass().getSimpleName(), true);
        }
        throw (RuntimeException) e;
    }

    private String detect(String key, String name) {
        try (InputStream in = storage.open(key)) {
            return TIKA.detect(in, name);
        } catch (IOException e) {
            return GENERIC_TYPE;
        }
    }

    /** The name a URL suggests: its last path segment, or the host when the path has none. */
    static String fileNameOf(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String decoded = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        String name = clean(decoded);
        return name.isEmpty() ? clean(url.getHost()) : name;
    }

    private static String fileName(Header disposition, URI url, String contentType) {
        String name = null;
        if (disposition != null) {
            try {
                name = ContentDisposition.parse(disposition.getValue()).getFilename();
            } catch (IllegalArgumentException e) {
                name = null;
            }
        }
        name = name == null ? "" : clean(name);
        if (name.isEmpty()) {
            name = fileNameOf(url);
        }
        if (!name.contains(".") && contentType != null && !contentType.equals(GENERIC_TYPE)) {
            name += extension(contentType);
        }
        return name;
    }

    private static String extension(String contentType) {
        try {
            return MimeTypes.getDefaultMimeTypes().forName(contentType).getExtension();
        } catch (MimeTypeException e) {
            return "";
        }
    }

    /** No directories, no control characters, at most 255 characters. */
    private static String clean(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static String baseType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return ContentType.parse(header).getMimeType().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
