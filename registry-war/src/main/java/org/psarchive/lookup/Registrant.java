package org.psarchive.lookup;

import java.net.InetAddress;
import java.util.Optional;
import org.psarchive.platform.net.Ipv6Text;

/**
 * Who registered (or now asks to delete) a self-registered record: the client's address as the platform
 * resolved it (trusted proxies honoured) and, when it authenticated, its account. Kept privately with the
 * record and never answered: deletion is authorized by it, not by the record's {@code client-uuid}, which
 * any anonymous read shows.
 *
 * @param address the address in one text form (RFC 5952 for IPv6), when known
 * @param account the account name, when the client authenticated
 */
public record Registrant(Optional<String> address, Optional<String> account) {

    /** Nobody known: the registry's own records, and tests that need no registrant. */
    public static final Registrant NONE = new Registrant(Optional.empty(), Optional.empty());

    public static Registrant of(InetAddress address, String account) {
        return new Registrant(Optional.of(Ipv6Text.of(address)), Optional.ofNullable(account));
    }

    /**
     * Whether {@code caller} is this registrant: the same account (when the record was registered by one),
     * or the same address.
     */
    public boolean admits(Registrant caller) {
        boolean sameAccount = account.isPresent() && account.equals(caller.account());
        boolean sameAddress = address.isPresent() && address.equals(caller.address());
        return sameAccount || sameAddress;
    }
}
