package org.psarchive.web.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psarchive.account.Cidr;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.auth.ClientAddress;

/** How the base of every absolute URL is chosen: the public URL, a trusted proxy's word, or a Host we serve. */
class PublicOriginTest {

    private static final URI CONTAINER = URI.create("http://127.0.0.1:8080/");
    private static final ClientAddress PROXY = new ClientAddress(List.of(Cidr.parse("10.0.0.5/32")));
    private static final AllowedHosts ALLOWED = AllowedHosts.of("archive.example.org, localhost, ::1");
    private static final ForwardedHeaders SPOOFED = ForwardedHeaders.parse(null, "https", "evil.example", "444");

    private final PublicOrigin byHost = new PublicOrigin(Optional.empty(), ALLOWED, PROXY);

    @Test
    void theConfiguredPublicUrlWinsOverEveryHeader() {
        PublicOrigin configured = new PublicOrigin(PublicOrigin.parsePublicUrl("https://Archive.Example.org"),
                AllowedHosts.of(""), PROXY);

        assertEquals(URI.create("https://archive.example.org/"),
                configured.base(request("http", "evil.example", "10.0.0.5", SPOOFED)));
        assertEquals(URI.create("https://archive.example.org:8443/"), PublicOrigin.parsePublicUrl(
                "https://archive.example.org:8443/").orElseThrow());
        assertEquals(Optional.empty(), PublicOrigin.parsePublicUrl(" "));
    }

    @Test
    void refusesAPublicUrlThatIsNoOrigin() {
        for (String bad : List.of("archive.example.org", "ftp://archive.example.org", "https://user@archive.example.org",
                "https://archive.example.org/prefix/", "https://archive.example.org/?a=b", "https://archive.example.org/#x",
                "https://bad host/")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> PublicOrigin.parsePublicUrl(bad), bad);
            assertTrue(refused.getMessage().startsWith("PSARCHIVE_PUBLIC_URL"), refused.getMessage());
        }
    }

    @Test
    void believesForwardedHeadersFromATrustedProxyOnly() {
        assertEquals(URI.create("https://evil.example:444/"), byHostAnyName().base(request("http", "localhost:8080",
                "10.0.0.5", SPOOFED)), "a trusted proxy's word");
        assertEquals(URI.create("http://localhost:8080/"), byHost.base(request("http", "localhost:8080", "192.0.2.7",
                SPOOFED)), "the same headers from anyone else change nothing");
    }

    @Test
    void prefersRfc7239AndLeavesTheSchemesDefaultPortOut() {
        ForwardedHeaders both = ForwardedHeaders.parse("for=192.0.2.60;proto=https;host=\"archive.example.org\","
                + " for=10.0.0.9;proto=http;host=inner", "http", "other.example", "8080");

        assertEquals(URI.create("https://archive.example.org/"), byHost.base(request("http", "localhost", "10.0.0.5", both)));
        assertEquals(URI.create("https://archive.example.org/"), byHost.base(request("http", "localhost", "10.0.0.5",
                ForwardedHeaders.parse(null, "https", "archive.example.org:443", null))));
        assertEquals(URI.create("https://archive.example.org:8443/"), byHost.base(request("http", "localhost",
                "10.0.0.5", ForwardedHeaders.parse(null, "https", "archive.example.org", "8443"))));
    }

    @Test
    void ignoresAGarbledForwardedHeaderAsAWhole() {
        ForwardedHeaders garbled = ForwardedHeaders.parse("proto=https;host=evil.example/path", null, null, null);

        assertEquals(ForwardedHeaders.NONE, garbled);
        assertEquals(URI.create("http://localhost:8080/"), byHost.base(request("http", "localhost:8080", "10.0.0.5", garbled)));
        assertEquals(ForwardedHeaders.NONE, ForwardedHeaders.parse("proto=gopher", null, null, null));
    }

    @Test
    void refusesAHostThisServerDoesNotAnswerFor() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> byHost.base(request("http", "evil.example", "192.0.2.7", ForwardedHeaders.NONE)));
        InvalidInputException viaProxy = assertThrows(InvalidInputException.class, () -> byHost.base(
                request("http", "localhost", "10.0.0.5", ForwardedHeaders.parse(null, null, "evil.example", null))));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> byHost.base(request("http", null, "192.0.2.7", ForwardedHeaders.NONE)));

        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("'evil.example'") && refused.getMessage().contains("PSARCHIVE_PUBLIC_URL"),
                refused.getMessage());
        assertTrue(viaProxy.getMessage().contains("'evil.example'"), "a proxy passing a client's Host on is checked too");
        assertEquals("The request's Host header is missing or not a host name.", missing.getMessage());
    }

    @Test
    void comparesAddressLiteralsInOneForm() {
        assertEquals(URI.create("http://[0:0:0:0:0:0:0:1]:8080/"),
                byHost.base(request("http", "[0:0:0:0:0:0:0:1]:8080", "192.0.2.7", ForwardedHeaders.NONE)));
        assertTrue(AllowedHosts.of("*").allows("anything.example"));
        assertFalse(AllowedHosts.of("").allows("localhost"));
        assertTrue(AllowedHosts.thisMachine().allows("localhost"));
        assertTrue(AllowedHosts.thisMachine().allows("127.0.0.1"));
    }

    @Test
    void acceptsOnlyHostNamesAndAddressLiteralsWithAPort() {
        assertEquals(Optional.of(new HostPort("archive.example.org", -1)), HostPort.parse("ARCHIVE.example.org"));
        assertEquals(Optional.of(new HostPort("[::1]", 8080)), HostPort.parse("[::1]:8080"));
        assertEquals(Optional.of(new HostPort("192.0.2.1", 80)), HostPort.parse("192.0.2.1:80"));
        for (String bad : List.of("", "evil.example/path", "a b", "user@host", "host:0", "host:70000", "host:8o",
                "[zz::1]", "-lead.example", "host:")) {
            assertEquals(Optional.empty(), HostPort.parse(bad), bad);
        }
    }

    @Test
    void movesTheRequestUnderTheNewBaseWithItsPathAndQuery() {
        assertEquals(URI.create("https://archive.example.org/esmond/perfsonar/archive/?limit=10&offset=20"),
                PublicOrigin.rebase(CONTAINER, URI.create("http://127.0.0.1:8080/esmond/perfsonar/archive/?limit=10&offset=20"),
                        URI.create("https://archive.example.org/")));
    }

    private static PublicOrigin byHostAnyName() {
        return new PublicOrigin(Optional.empty(), AllowedHosts.of("*"), PROXY);
    }

    private static PublicOrigin.Request request(String scheme, String host, String peer, ForwardedHeaders forwarded) {
        return new PublicOrigin.Request(CONTAINER, scheme, host, peer, forwarded);
    }
}
