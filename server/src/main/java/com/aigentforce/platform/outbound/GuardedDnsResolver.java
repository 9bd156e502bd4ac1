package com.aigentforce.platform.outbound;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only name resolution the guarded client does: it resolves the host (literals included), checks every address
 * it got against the {@link TargetPolicy} and hands exactly those addresses to the connection, so what was checked
 * is what is connected to — a DNS answer that changes between check and connect changes nothing. A host with any
 * refused address is refused whole.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final TargetPolicy policy;

    GuardedDnsResolver(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolveChecked(host, port))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return resolveChecked(host, AllowEntry.ANY_PORT);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host; // only used for Kerberos/SPNEGO, which the guarded client never does
    }

    private InetAddress[] resolveChecked(String host, int port) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (policy.allowsHostName(bare, port)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            policy.check(bare, address, port);
        }
        return addresses;
    }
}
