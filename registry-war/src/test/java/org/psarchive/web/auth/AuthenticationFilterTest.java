package org.psarchive.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.UnauthenticatedException;

/**
 * The filter's decisions that need neither the account EJB nor the database: the Authorization
 * headers it refuses before looking any key up, the requests it lets through without asking for
 * credentials, and its settings. The lookups themselves are covered over HTTP by AuthenticationIT.
 */
class AuthenticationFilterTest {

    /** A resource as JAX-RS matches it. */
    static class Resource {
        @RequiresPermission(Permission.METADATA_POST)
        public void create() {
        }

        public void read() {
        }

        @PublicWrite(value = "as the lookup service's registration", closedBy = "test.register.restricted",
                permission = Permission.LOOKUP_REGISTER)
        public void register() {
        }
    }

    @Test
    void refusesAnUnsupportedAuthorizationSchemeWithAHint() {
        UnauthenticatedException refused = assertThrows(UnauthenticatedException.class,
                () -> filter("create").filter(request("POST", "Bearer abc")));

        assertEquals(401, refused.status());
        assertEquals("Unsupported Authorization header; send 'Authorization: Token <key>' (or Basic <account>:<key>).",
                refused.detail());
    }

    @Test
    void refusesBasicCredentialsThatAreNotBase64OrLackAnAccount() {
        String noColon = Base64.getEncoder().encodeToString("justakey".getBytes(StandardCharsets.UTF_8));

        for (String header : List.of("Basic %%%not-base64", "Basic " + noColon, "Basic")) {
            UnauthenticatedException refused = assertThrows(UnauthenticatedException.class,
                    () -> filter("create").filter(request("POST", header)), header);
            assertEquals("Invalid token.", refused.detail(), header);
        }
    }

    @Test
    void refusesAnApiKeyHeaderWithoutAnAccount() {
        UnauthenticatedException refused = assertThrows(UnauthenticatedException.class,
                () -> filter("create").filter(request("POST", "ApiKey justakey")));

        assertTrue(refused.detail().startsWith("Unsupported Authorization header"), refused.detail());
    }

    @Test
    void letsARequestThatMatchedNoResourceThroughWithoutCredentials() {
        List<Object> securityContexts = new ArrayList<>();
        // no resource method: JAX-RS answers 404 or 405 itself, and no account is looked up for it
        filter(null).filter(request("POST", null, securityContexts));
        filter(null).filter(request("DELETE", "  ", securityContexts));

        assertEquals(List.of(), securityContexts);
    }

    @Test
    void readsItsSettingsFromConfiguration() throws Exception {
        AuthSettings defaults = AuthSettings.read(config(Map.of()));
        AuthSettings set = AuthSettings.read(config(Map.of("psarchive.trusted.proxies", " 10.0.0.0/8, ::1/128 ",
                "psarchive.auth.reads", "true")));

        assertFalse(defaults.readsRequireAuthentication());
        assertTrue(set.readsRequireAuthentication());
        assertEquals(InetAddress.getByName("10.0.0.1"), defaults.clientAddress().resolve("10.0.0.1", "192.0.2.7"),
                "no proxy is trusted by default");
        assertEquals(InetAddress.getByName("192.0.2.7"), set.clientAddress().resolve("10.0.0.1", "192.0.2.7"));
    }

    @Test
    void asksForCredentialsOnReadsOnlyWhenTheSettingSaysSo() {
        assertEquals(AuthenticationFilter.Requirement.NONE, filter("read").requirementOf("GET"));
        assertEquals(AuthenticationFilter.Requirement.AUTHENTICATED,
                filter("read", Map.of("psarchive.auth.reads", "true")).requirementOf("GET"));
        assertEquals(AuthenticationFilter.Requirement.NONE,
                filter(null, Map.of("psarchive.auth.reads", "true")).requirementOf("GET"),
                "a read that matched no resource is answered 404 by JAX-RS, whoever asks");
    }

    @Test
    void aPublicWriteNeedsCredentialsOnceItsSettingClosesIt() {
        assertEquals(AuthenticationFilter.Requirement.NONE, filter("register").requirementOf("POST"));
        assertEquals(AuthenticationFilter.Requirement.AUTHENTICATED,
                filter("register", Map.of("test.register.restricted", "true")).requirementOf("POST"));
        assertEquals(AuthenticationFilter.Requirement.AUTHENTICATED, filter("read").requirementOf("POST"),
                "any other write needs a caller");
    }

    /** The filter as JAX-RS injects it for a request matched to {@code Resource.<method>} (or to nothing). */
    private static AuthenticationFilter filter(String method) {
        return filter(method, Map.of());
    }

    /** ... with these settings. */
    private static AuthenticationFilter filter(String method, Map<String, String> settings) {
        Config config = config(settings);
        AuthenticationFilter filter = new AuthenticationFilter(AuthSettings.read(config), config);
        ResourceInfo info = proxy(ResourceInfo.class, (name, args) -> switch (name) {
            case "getResourceMethod" -> method == null ? null : resourceMethod(method);
            case "getResourceClass" -> method == null ? null : Resource.class;
            default -> throw new UnsupportedOperationException(name);
        });
        try {
            Field field = AuthenticationFilter.class.getDeclaredField("resource");
            field.setAccessible(true);
            field.set(filter, info);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return filter;
    }

    private static Method resourceMethod(String name) {
        try {
            return Resource.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static ContainerRequestContext request(String method, String authorization) {
        return request(method, authorization, new ArrayList<>());
    }

    private static ContainerRequestContext request(String method, String authorization, List<Object> securityContexts) {
        return proxy(ContainerRequestContext.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getHeaderString" -> "Authorization".equals(args[0]) ? authorization : null;
            case "setSecurityContext" -> {
                securityContexts.add(args[0]);
                yield null;
            }
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static Config config(Map<String, String> values) {
        return proxy(Config.class, (name, args) -> switch (name) {
            case "getOptionalValue" -> Optional.ofNullable(values.get((String) args[0])).map(value -> convert(value,
                    (Class<?>) args[1]));
            case "getValue" -> Optional.ofNullable(values.get((String) args[0])).map(value -> convert(value,
                    (Class<?>) args[1])).orElseThrow(NoSuchElementException::new);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static Object convert(String value, Class<?> type) {
        return type == Boolean.class ? Boolean.valueOf(value) : value;
    }

    @FunctionalInterface
    interface Answer {
        Object apply(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.apply(method.getName(), args)));
    }
}
