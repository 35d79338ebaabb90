package org.psarchive.web;

import jakarta.ejb.EJBException;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psarchive.platform.error.PsarchiveException;

/**
 * The one place where failures become HTTP answers: RFC 9457 {@code application/problem+json} with
 * {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance}. esmond clients and
 * pScheduler read {@code detail}. Stack traces go to the server log, never to the client.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof PsarchiveException known) {
            return problem(known.status(), known.title(), known.detail());
        }
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.getStatus() < 400) {
                return original; // redirects and the like are not failures
            }
            Response.StatusType status = original.getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), detailOf(web, status));
        }
        if (failure instanceof JsonbException || failure instanceof JsonException) {
            return problem(400, "Bad Request", "The request body is not valid JSON for this resource: "
                    + failure.getMessage());
        }
        LOG.log(Level.SEVERE, "Unexpected failure serving " + path(), failure);
        return problem(500, "Internal Server Error",
                "The server failed to handle the request; the failure is in its log.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while (failure instanceof EJBException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    private static String detailOf(WebApplicationException web, Response.StatusType status) {
        String message = web.getMessage();
        // Jersey's own messages are "HTTP 404 Not Found"; say something a person can act on.
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            return switch (status.getStatusCode()) {
                case 404 -> "Not found.";
                case 405 -> "Method not allowed on this resource.";
                case 406 -> "No acceptable representation; this resource serves application/json.";
                case 415 -> "Unsupported media type; send application/json.";
                default -> status.getReasonPhrase();
            };
        }
        return message;
    }

    private Response problem(int status, String title, String detail) {
        var body = Jsonp.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title == null ? "Error" : title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        String instance = path();
        if (instance != null) {
            body.add("instance", instance);
        }
        Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Token"); // what esmond's clients expect
        }
        return response.build();
    }

    private String path() {
        return uriInfo == null ? null : "/" + uriInfo.getPath(false);
    }
}
