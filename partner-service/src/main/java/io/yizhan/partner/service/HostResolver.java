package io.yizhan.partner.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves webhook hosts: the one place a name becomes addresses, so the address that was checked
 * is the one connected to (tests put a DNS-rebinding resolver here). Blocking: call off the event loop.
 */
@ApplicationScoped
public class HostResolver {

    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
