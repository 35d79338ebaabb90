package org.psarchive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.psarchive.platform.json.Jsonp;

/**
 * The RFC 9457 body every failure is answered with, in one spelling: {@link ProblemExceptionMapper}
 * uses it for everything JAX-RS sees, and servlet filters that answer before JAX-RS (a body too large,
 * a body too slow) write it with {@link #send}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** {@code {"type":"about:blank","title":...,"status":...,"detail":...,"instance":...}}; instance may be null. */
    public static String json(int status, String title, String detail, String instance) {
        var body = Jsonp.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title == null ? "Error" : title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.build().toString();
    }

    /**
     * Answers with a problem outside JAX-RS. The connection is closed afterwards: the answer comes
     * before the client's body was read, and what is left of it must not be taken for a next request.
     */
    public static void send(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        byte[] body = json(status, title, detail, instance).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
