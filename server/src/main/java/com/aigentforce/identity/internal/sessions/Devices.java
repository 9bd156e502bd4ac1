package com.aigentforce.identity.internal.sessions;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a browser and system from a User-Agent header ("Firefox on Linux"), enough for a person to recognise their
 * own devices; an unknown or missing header reads "Unknown device". Order matters: Edge and Opera claim Chrome, and
 * Chrome claims Safari.
 */
final class Devices {

    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("edg/", "Edge"),
            Map.entry("opr/", "Opera"),
            Map.entry("firefox/", "Firefox"),
            Map.entry("chromium/", "Chromium"),
            Map.entry("chrome/", "Chrome"),
            Map.entry("safari/", "Safari"),
            Map.entry("curl/", "curl"));

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("android", "Android"),
            Map.entry("iphone", "iOS"),
            Map.entry("ipad", "iPadOS"),
            Map.entry("windows", "Windows"),
            Map.entry("mac os x", "macOS"),
            Map.entry("cros", "ChromeOS"),
            Map.entry("linux", "Linux"));

    private Devices() {}

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, ua);
        String system = first(SYSTEMS, ua);
        if (browser == null && system == null) {
            return "Unknown device";
        }
        if (browser == null) {
            return system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> known, String ua) {
        return known.stream()
                .filter(e -> ua.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
