package org.psarchive.web.access;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.psarchive.platform.net.Ipv6Text;
import org.psarchive.web.auth.AuthSettings;
import org.psarchive.web.auth.AuthenticationFilter;

/**
 * Writes the access log line of every request when {@code PSARCHIVE_ACCESS_LOG=true}, to the logger
 * {@code org.psarchive.access} (so it goes wherever the server's log goes: standard output, or the files
 * of {@code PSARCHIVE_LOG_DIR}). First in the chain (WEB-INF/web.xml), so it sees the body filter's 413
 * and 408 answers too; a request that goes asynchronous is logged when it completes.
 */
public class AccessLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("org.psarchive.access");

    @Inject
    private transient Config config;

    @Inject
    private transient AuthSettings auth;

    private transient boolean enabled;

    @Override
    public void init() {
        enabled = config.getOptionalValue("psarchive.access.log", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        log(request, response, start);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                        // the completion that follows is logged
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                        // the completion that follows is logged
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                        event.getAsyncContext().addListener(this);
                    }
                });
            } else {
                log(request, response, start);
            }
        }
    }

    private void log(HttpServletRequest request, HttpServletResponse response, long start) {
        String client;
        try {
            client = Ipv6Text.of(auth.clientAddress().resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        } catch (IllegalArgumentException unparsable) {
            client = String.valueOf(request.getRemoteAddr());
        }
        Object account = request.getAttribute(AuthenticationFilter.ACCOUNT_ATTRIBUTE);
        LOG.info(new AccessLine(client, account == null ? null : account.toString(), request.getMethod(),
                request.getRequestURI(), response.getStatus(), (System.nanoTime() - start) / 1_000_000,
                request.getContentLengthLong()).toString());
    }
}
