package io.yizhan.common.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which peers may tell us the client's address, and the client address a request really came from.
 *
 * <p>{@code X-Forwarded-For} is believed only when the connection's peer is a configured trusted
 * proxy, and then read from the right: each trusted proxy appends the address it received from, so
 * the right-most address that is <em>not</em> a trusted proxy is the client as the outermost proxy
 * saw it. Everything left of it was written by the client and may be forged.
 *
 * <p>Entries are IP addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code fd00::/8}); nothing is
 * ever resolved through DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** From configuration entries; a malformed one is refused at start rather than silently ignored. */
    public static TrustedProxies of(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + raw));
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + raw);
            }
            blocks.add(new Block(network, bits));
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(strip(address));
        return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /**
     * The client's address: the peer itself unless it is a trusted proxy; else the right-most address
     * of the {@code X-Forwarded-For} values (all header lines, in order) that is not a trusted proxy.
     * An unparseable entry ends the walk: the last trusted hop before it is the best we know.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (peer == null || !trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.strip());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = strip(hops.get(i));
            if (literal(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Drops an IPv6 literal's brackets and an IPv4 port ({@code [::1]:80}, {@code 1.2.3.4:5678}). */
    private static String strip(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end < 0 ? a : a.substring(1, end);
        }
        int colon = a.indexOf(':');
        if (colon > 0 && colon == a.lastIndexOf(':') && IPV4.matcher(a.substring(0, colon)).matches()) {
            return a.substring(0, colon);
        }
        return a;
    }

    /** The bytes of an IP literal; never a DNS lookup (only strings shaped like an address are parsed). */
    static Optional<byte[]> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        if (IPV4.matcher(text).matches()) {
            for (String octet : text.split("\\.")) {
                if (new BigInteger(octet).intValue() > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
