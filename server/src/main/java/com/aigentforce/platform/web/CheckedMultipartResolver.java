package com.aigentforce.platform.web;

import com.aigentforce.platform.InvalidField;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The multipart resolver (it replaces Spring Boot's under the same bean name): parses as the standard one does,
 * then refuses, before any controller sees them, file names that carry control characters (C0 including NUL and
 * tab, DEL, C1 — ANSI escapes among them) and {@code filename*} parameters that are not RFC 5987
 * ({@code charset'language'percent-encoded}). Refused uploads are 422 on the part; nothing is stored.
 */
@Component("multipartResolver")
class CheckedMultipartResolver extends StandardServletMultipartResolver {

    private static final Pattern EXTENDED_VALUE =
            Pattern.compile("(?i)(UTF-8|ISO-8859-1)'[A-Za-z0-9-]*'([A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-Fa-f]{2})*");
    private static final Pattern EXTENDED_FILENAME =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*(\"[^\"]*\"|[^;]*)");

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        checkPartHeaders(request);
        MultipartHttpServletRequest multipart = super.resolveMultipart(request);
        for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                String name = file.getOriginalFilename();
                if (name != null && hasControlCharacter(name)) {
                    cleanupMultipart(multipart);
                    throw refusal(file.getName());
                }
            }
        }
        return multipart;
    }

    /**
     * The raw part headers, before Spring parses them: a control character there can keep a part from being seen
     * as a file at all, and a malformed {@code filename*} would otherwise fail deep inside the parsing.
     */
    private static void checkPartHeaders(HttpServletRequest request) {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            return; // a body that does not parse: the standard resolution below reports it
        }
        for (Part part : parts) {
            String disposition = part.getHeader("Content-Disposition");
            if (disposition == null) {
                continue;
            }
            // a tab is header whitespace here; in a file name it is refused like any other control character
            if (hasControlCharacter(disposition.replace('\t', ' '))) {
                throw refusal(part.getName());
            }
            Matcher extended = EXTENDED_FILENAME.matcher(disposition);
            if (extended.find()
                    && !EXTENDED_VALUE.matcher(extended.group(1).strip()).matches()) {
                throw new InvalidField(
                        part.getName(),
                        "has a malformed filename* (RFC 5987: charset'language'percent-encoded, UTF-8 or ISO-8859-1)");
            }
        }
    }

    private static InvalidField refusal(String part) {
        return new InvalidField(part, "has a file name with control characters (C0, DEL or C1), which are refused");
    }

    static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }
}
