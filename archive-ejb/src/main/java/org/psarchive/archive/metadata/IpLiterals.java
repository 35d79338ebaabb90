package org.psarchive.archive.metadata;

import java.util.Optional;
import org.psarchive.account.Cidr;

/** IP address literals as esmond stored them in inet columns: validated, IPv6 compressed. */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The canonical text of a bare IPv4 or IPv6 address, or empty if {@code text} is none. */
    static Optional<String> canonical(String text) {
        if (text == null || text.contains("/")) {
            return Optional.empty();
        }
        try {
            String network = Cidr.parse(text).toString();
            return Optional.of(network.substring(0, network.indexOf('/')));
        } catch (RuntimeException notAnAddress) {
            return Optional.empty();
        }
    }
}
