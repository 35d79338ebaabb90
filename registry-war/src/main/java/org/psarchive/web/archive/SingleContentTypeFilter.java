package org.psarchive.web.archive;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * pScheduler's http archiver adds its own Content-Type to the headers a pSConfig template gives it, so
 * runs arrive with the header twice (or as "application/json, application/json"), which JAX-RS refuses
 * with a 400 before any resource sees the request. For the run endpoint only, the first media type is
 * kept.
 */
@WebFilter(urlPatterns = "/api/archive/pscheduler", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SingleContentTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String first = request.getHeader("Content-Type");
        if (first == null) {
            chain.doFilter(request, response);
            return;
        }
        String single = first.split(",")[0].trim();
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return single;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? single : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(single))
                        : super.getHeaders(name);
            }
        }, response);
    }
}
