package org.psarchive.web.origin;

import java.net.URI;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.auth.ClientAddress;

/**
 * Decides the base URI of the absolute URLs an answer carries (pure; {@link PublicOriginFilter} applies
 * it). In order: the configured public URL; else scheme, host and port as a trusted proxy forwarded
 * them, or as the request itself came; a host name this server does not answer for is refused (400)
 * rather than written into URLs.
 */
public final class PublicOrigin {

    static final String PUBLIC_URL = "PSARCHIVE_PUBLIC_URL";

    private final Optional<URI> publicUrl;
    private final AllowedHosts allowed;
    private final ClientAddress proxies;

    PublicOrigin(Optional<URI> publicUrl, AllowedHosts allowed, ClientAddress proxies) {
        this.publicUrl = publicUrl;
        this.allowed = allowed;
        this.proxies = proxies;
    }

    /** What one request brings to the decision. */
    record Request(URI containerBase, String scheme, String hostHeader, String remoteAddress, ForwardedHeaders forwarded) {
    }

    /**
     * The setting's URL, checked: an http(s) origin, e.g. {@code https://archive.example.org}, without user
     * info, path, query or fragment. A proxy serves the platform at its root: esmond's clients and
     * pScheduler's archiver expect {@code /esmond/...} there, and the relative {@code uri} fields say so.
     */
    static Optional<URI> parsePublicUrl(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        URI url;
        try {
            url = new URI(setting.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(PUBLIC_URL + " is not a URL: '" + setting + "'", e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getRawAuthority() == null
                || url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null
                || !(url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                || HostPort.parse(url.getRawAuthority()).isEmpty()) {
            throw new IllegalStateException(PUBLIC_URL + " must be an http or https origin such as"
                    + " https://archive.example.org (no user, path, query or fragment): '" + setting + "'");
        }
        return Optional.of(URI.create(scheme + "://" + url.getRawAuthority().toLowerCase(java.util.Locale.ROOT) + "/"));
    }

    /** The base URI the request's answer is written with (ends with a slash). */
    URI base(Request request) {
        if (publicUrl.isPresent()) {
            return publicUrl.get().resolve(request.containerBase().getRawPath());
        }
        boolean trusted = proxies.trusts(request.remoteAddress());
        ForwardedHeaders forwarded = trusted ? request.forwarded() : ForwardedHeaders.NONE;
        String scheme = forwarded.proto().orElse(request.scheme());
        HostPort host = forwarded.host().or(() -> HostPort.parse(request.hostHeader()))
                .orElseThrow(() -> new InvalidInputException("The request's Host header is missing or not a host name."));
        if (!allowed.allows(host.bareHost())) {
            throw new InvalidInputException("This server does not answer for host '" + host.host() + "'; its"
                    + " operator sets " + PUBLIC_URL + " or PSARCHIVE_ALLOWED_HOSTS (docs/configuration.md).");
        }
        int port = host.port() >= 0 ? host.port() : forwarded.port();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = request.containerBase().getRawPath();
        return URI.create(scheme + "://" + host.host() + (defaultPort ? "" : ":" + port)
                + (path == null || path.isEmpty() ? "/" : path));
    }

    /** The request URI under a new base: the same path below the base and the same query. */
    static URI rebase(URI containerBase, URI requestUri, URI base) {
        String below = requestUri.getRawPath().substring(Math.min(requestUri.getRawPath().length(),
                containerBase.getRawPath().length()));
        String query = requestUri.getRawQuery();
        return URI.create(base + below + (query == null ? "" : "?" + query));
    }
}
