package org.psarchive.web.limits;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.psarchive.web.Problems;

/**
 * Every request with a body passes here before anything reads it. A declared {@code Content-Length}
 * over the route family's limit is answered 413 at once, without reading a byte (what the client sends
 * anyway is drained within bounds, so it sees the answer); any other body is read by {@link BodyRead}
 * without holding a request thread (Servlet non-blocking I/O) and handed to the application from
 * memory, or refused as it crosses its limit, its deadline or the memory budget.
 *
 * <p>The thread matters as much as the bytes: Payara's request pool is a few threads per core, and eight
 * clients trickling a body at a byte a second used to hold all of them, {@code /health} included. A body
 * that arrived whole with its headers (the usual pScheduler POST or PUT) goes straight on; one that
 * completes while the read starts goes on in the same thread; only one still arriving is dispatched
 * anew when complete. A request that asks for an upgrade always takes the read: with HTTP/2 off the
 * container leaves its input unframed (ADR 0004).
 */
// mapped in WEB-INF/web.xml, after the access log, for REQUEST and ASYNC dispatches
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String BUSY = "The server is reading as many request bodies as its memory allows"
            + " (PSARCHIVE_BODY_BUFFER_TOTAL); retry shortly.";
    private static final String BODY_READ = BodyLimitFilter.class.getName() + ".read";

    @Inject
    private transient Config config;

    @Resource
    private transient ManagedScheduledExecutorService timer;

    @Inject
    private transient RequestContextController requestContext;

    private transient BodyLimits limits;
    private transient BodyBudget budget;
    private transient Deadlines deadlines;

    @Override
    public void init() {
        limits = BodyLimits.read(config);
        budget = new BodyBudget(limits.bufferTotal());
        deadlines = new Deadlines(timer);
    }

    @Override
    public void destroy() {
        deadlines.close();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if (request.getAttribute(BODY_READ) instanceof BodyRead read) {
                if (read.dispatchArrived()) {
                    dispatched(request, response, chain);
                }
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        boolean upgrade = request.getHeader("Upgrade") != null;
        if (upgrade) {
            // HTTP/1.1 only (ADR 0004): Grizzly closes a connection whose request asked for an upgrade once
            // it is answered; saying so keeps a client (Java's HttpClient asks for h2c on each first
            // request) from sending its next request into the closed connection.
            response.setHeader("Connection", "close");
        }
        long declared = request.getContentLengthLong();
        if (declared <= 0 && !chunked(request)) {
            // no body; the container leaves an upgrade request's input unframed, where a read would wait
            // for the client to close, so the application gets an empty one
            chain.doFilter(upgrade ? new BufferedBodyRequest(request) : request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        BodyLimits.Family family = limits.familyOf(path);
        if (declared > family.limit()) {
            // answered before a byte is read; what the client sends anyway is drained (BodyRead)
            AsyncContext async = request.startAsync();
            async.setTimeout(0);
            BodyRead refusal = new BodyRead(async, request.getInputStream(), null, family, budget, declared, 0, path);
            refusal.arm(deadlines, limits.readTimeout());
            refusal.refuseTooLarge();
            request.getInputStream().setReadListener(refusal);
            return;
        }
        if (declared <= 0 && request.getHeader("Upgrade") != null) {
            // With HTTP/2 off, Grizzly leaves the content of a request naming an Upgrade unframed: only a
            // Content-Length says where such a body ends (see BodyRead).
            Problems.send(response, 400, "Bad Request", "A request with an Upgrade header must give its body's"
                    + " Content-Length; this server speaks HTTP/1.1 only.", path);
            return;
        }
        ServletInputStream in = request.getInputStream();
        if (!upgrade && declared > 0 && in.available() >= declared) {
            // the whole body came with the headers (a client that writes its request at once, as
            // pScheduler's does): reading it blocks nobody, so the application reads it as usual
            chain.doFilter(request, response);
            return;
        }
        long first = declared > 0 ? declared : BodyRead.STEP;
        if (!budget.reserve(first)) {
            response.setHeader("Retry-After", "5");
            Problems.send(response, 503, "Service Unavailable", BUSY, path);
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        AsyncContext async = request.startAsync(buffered, response);
        async.setTimeout(0); // the read has a deadline of its own; the application's work has none
        BodyRead read = new BodyRead(async, in, buffered, family, budget, declared > 0 ? declared : -1, first, path);
        request.setAttribute(BODY_READ, read);
        async.addListener(read);
        read.arm(deadlines, limits.readTimeout());
        in.setReadListener(read);
        if (read.leftFilter()) {
            try {
                chain.doFilter(buffered, response);
            } finally {
                async.complete();
            }
        }
    }

    /**
     * A body that arrived after the filter had returned comes back as an ASYNC dispatch on one of the
     * container's own threads, where CDI's request scope is not active (Payara starts it for REQUEST
     * dispatches only): it is activated here for the application's request-scoped beans.
     */
    private void dispatched(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requestContext.activate();
        try {
            chain.doFilter(request, response);
        } finally {
            requestContext.deactivate();
        }
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
