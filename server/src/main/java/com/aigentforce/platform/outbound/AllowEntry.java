package com.aigentforce.platform.outbound;

import java.net.InetAddress;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * One entry of the administrator's allow-list: addresses (a CIDR or a single address) or a host name (exact, or
 * {@code *.domain} for its sub-domains), on any port or on one. See {@link OutboundProperties#allow()}.
 */
record AllowEntry(String text, IpAddressMatcher addresses, String hostName, boolean subdomains, int port) {

    static final int ANY_PORT = -1;
    private static final Pattern HOST =
            Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.]+(/\\d{1,3})?");

    static AllowEntry parse(String raw) {
        String text = raw.strip();
        String target = text;
        int port = ANY_PORT;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw invalid(text, "an opening '[' needs its ']'");
            }
            target = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw invalid(text, "only ':port' may follow ']'");
                }
                port = port(text, rest.substring(1));
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            target = text.substring(0, text.indexOf(':'));
            port = port(text, text.substring(text.indexOf(':') + 1));
        }
        if (target.isEmpty()) {
            throw invalid(text, "it names no address or host");
        }
        if (ADDRESS.matcher(target).matches() && (target.contains(":") || target.matches("[0-9./]+"))) {
            try {
                return new AllowEntry(text, new IpAddressMatcher(target), null, false, port);
            } catch (IllegalArgumentException e) {
                throw invalid(text, "'" + target + "' is not an address or CIDR");
            }
        }
        String host = target.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw invalid(text, "'" + target + "' is neither an address, a CIDR nor a host name");
        }
        boolean subdomains = host.startsWith("*.");
        return new AllowEntry(text, null, subdomains ? host.substring(2) : host, subdomains, port);
    }

    boolean allowsHost(String host, int targetPort) {
        if (hostName == null || !portMatches(targetPort)) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return subdomains ? name.endsWith("." + hostName) : name.equals(hostName);
    }

    boolean allowsAddress(InetAddress address, int targetPort) {
        return addresses != null && portMatches(targetPort) && addresses.matches(address.getHostAddress());
    }

    private boolean portMatches(int targetPort) {
        return port == ANY_PORT || port == targetPort;
    }

    private static int port(String text, String digits) {
        try {
            int port = Integer.parseInt(digits);
            if (port < 1 || port > 65535) {
                throw invalid(text, "the port must be 1-65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw invalid(text, "'" + digits + "' is not a port");
        }
    }

    private static IllegalStateException invalid(String text, String why) {
        return new IllegalStateException("AIGENTFORCE_OUTBOUND_ALLOW entry '" + text + "' is invalid: " + why);
    }
}
