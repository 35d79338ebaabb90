package org.psarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.error.UnauthenticatedException;
import org.psarchive.platform.json.Jsonp;

/** Every failure becomes one RFC 9457 problem: the mapper driven directly, without a server. */
class ProblemExceptionMapperTest {

    private final ProblemExceptionMapper mapper = mapperAt("esmond/perfsonar/archive/abc/");

    @Test
    void answersAnExceptionNamedByMeaningWithItsStatusAndDetail() {
        Response response = mapper.toResponse(new ConflictException("Time series value already exists for throughput at 60."));

        assertProblem(response, 409, "Conflict", "Time series value already exists for throughput at 60.");
        assertEquals("/esmond/perfsonar/archive/abc/", body(response).getString("instance"));
    }

    @Test
    void unwrapsExceptionsTheEjbContainerWrapped() {
        Response response = mapper.toResponse(new EJBException(new InvalidInputException("'limit' must be a number.")));

        assertProblem(response, 400, "Invalid input", "'limit' must be a number.");
    }

    @Test
    void asksAnUnauthenticatedCallerForAToken() {
        Response response = mapper.toResponse(new UnauthenticatedException("Invalid token."));

        assertProblem(response, 401, new UnauthenticatedException("x").title(), "Invalid token.");
        assertEquals("Token", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void turnsJaxRsOwnFailuresIntoProblemsAPersonCanActOn() {
        assertProblem(mapper.toResponse(new NotFoundException()), 404, "Not Found", "Not found.");
        assertProblem(mapper.toResponse(new NotAllowedException("GET")), 405, "Method Not Allowed",
                "Method not allowed on this resource.");
        assertProblem(mapper.toResponse(new NotSupportedException()), 415, "Unsupported Media Type",
                "Unsupported media type; send application/json.");
        assertProblem(mapper.toResponse(new WebApplicationException("No such series.", 404)), 404, "Not Found",
                "No such series.");
    }

    @Test
    void leavesAnAnswerBelow400AsItIs() {
        Response redirect = Response.status(303).header("Location", "/elsewhere").build();

        assertSame(redirect, mapper.toResponse(new WebApplicationException(redirect)));
    }

    @Test
    void answersMalformedJsonWith400() {
        Response response = mapper.toResponse(new JsonException("Unexpected char 125 at (line no=1, column no=2)"));

        assertProblem(response, 400, "Bad Request",
                "The request body is not valid JSON for this resource: Unexpected char 125 at (line no=1, column no=2)");
    }

    @Test
    void answersAnUnexpectedFailureWith500AndLogsItsStackTraceInstead() {
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(ProblemExceptionMapper.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        IllegalStateException failure = new IllegalStateException("secret: jdbc:mariadb://db/psarchive?password=x");
        try {
            Response response = mapper.toResponse(failure);

            assertProblem(response, 500, "Internal Server Error",
                    "The server failed to handle the request; the failure is in its log.");
            String text = (String) response.getEntity();
            assertFalse(text.contains("secret") || text.contains("IllegalStateException") || text.contains("at org."),
                    text);
            assertEquals(1, logged.size());
            assertSame(failure, logged.get(0).getThrown());
        } finally {
            log.removeHandler(handler);
            log.setUseParentHandlers(parents);
        }
    }

    @Test
    void leavesOutTheInstanceWhenThereIsNoRequestPath() {
        Response response = new ProblemExceptionMapper().toResponse(new NotFoundException());

        assertNull(body(response).get("instance"));
    }

    private static void assertProblem(Response response, int status, String title, String detail) {
        assertEquals(status, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        JsonObject body = body(response);
        assertEquals("about:blank", body.getString("type"));
        assertEquals(title, body.getString("title"));
        assertEquals(status, body.getInt("status"));
        assertEquals(detail, body.getString("detail"));
    }

    private static JsonObject body(Response response) {
        try (var reader = Jsonp.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject();
        }
    }

    /** The mapper as JAX-RS injects it, its request's path given. */
    private static ProblemExceptionMapper mapperAt(String path) {
        ProblemExceptionMapper mapper = new ProblemExceptionMapper();
        UriInfo uriInfo = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        try {
            Field field = ProblemExceptionMapper.class.getDeclaredField("uriInfo");
            field.setAccessible(true);
            field.set(mapper, uriInfo);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return mapper;
    }
}
