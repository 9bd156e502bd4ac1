package com.aigentforce.platform.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Decides whether an outbound connection may go to an address: internal address classes are refused unless an
 * allow-list entry covers the host name or the address (and port). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by that IPv4 address as well.
 */
final class TargetPolicy {

    private record Range(IpAddressMatcher matcher, String reason) {}

    private static final List<Range> REFUSED = List.of(
            range("169.254.169.254/32", "a cloud metadata address"),
            range("fd00:ec2::254/128", "a cloud metadata address"),
            range("0.0.0.0/8", "an unspecified address"),
            range("::/128", "an unspecified address"),
            range("127.0.0.0/8", "a loopback address"),
            range("::1/128", "a loopback address"),
            range("10.0.0.0/8", "a private address"),
            range("172.16.0.0/12", "a private address"),
            range("192.168.0.0/16", "a private address"),
            range("fc00::/7", "a private address"),
            range("fec0::/10", "a private address"),
            range("100.64.0.0/10", "a carrier-grade NAT address"),
            range("169.254.0.0/16", "a link-local address"),
            range("fe80::/10", "a link-local address"),
            range("224.0.0.0/4", "a multicast address"),
            range("ff00::/8", "a multicast address"),
            range("255.255.255.255/32", "the broadcast address"),
            range("240.0.0.0/4", "a reserved address"),
            range("192.0.0.0/24", "a reserved address"),
            range("198.18.0.0/15", "a reserved address"),
            range("192.0.2.0/24", "a documentation address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("2001:db8::/32", "a documentation address"));

    private final List<AllowEntry> allowed;

    TargetPolicy(List<String> allowList) {
        this.allowed = allowList.stream()
                .filter(entry -> !entry.isBlank())
                .map(AllowEntry::parse)
                .toList();
    }

    /** The host name (as written in the URL) is allowed as a whole, whatever it resolves to. */
    boolean allowsHostName(String host, int port) {
        return allowed.stream().anyMatch(entry -> entry.allowsHost(host, port));
    }

    /** Throws {@link OutboundTargetRefused} unless a connection to this address and port is allowed. */
    void check(String host, InetAddress address, int port) {
        InetAddress plain = withoutScope(address);
        if (allowed.stream().anyMatch(entry -> entry.allowsAddress(plain, port))) {
            return;
        }
        Optional<String> reason = refusal(plain);
        if (reason.isPresent()) {
            throw new OutboundTargetRefused(host, plain.getHostAddress() + " is " + reason.get());
        }
    }

    /** Why this address is refused, or empty if it is an ordinary public address. */
    static Optional<String> refusal(InetAddress address) {
        InetAddress plain = withoutScope(address);
        Optional<String> own = classify(plain);
        if (own.isPresent()) {
            return own;
        }
        return embeddedIpv4(plain).flatMap(TargetPolicy::classify);
    }

    private static Optional<String> classify(InetAddress address) {
        String text = address.getHostAddress();
        for (Range range : REFUSED) {
            if (range.matcher().matches(text)) {
                return Optional.of(range.reason());
            }
        }
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return Optional.of("an internal address");
        }
        return Optional.empty();
    }

    /** The IPv4 address carried by IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96), NAT64 and 6to4 forms. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(ipv4(Arrays.copyOfRange(b, 12, 16)));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4: 2002:AABB:CCDD::/48
            return Optional.of(ipv4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String cidr, String reason) {
        return new Range(new IpAddressMatcher(cidr), reason);
    }
}
