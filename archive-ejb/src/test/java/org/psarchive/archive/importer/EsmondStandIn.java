package org.psarchive.archive.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A stand-in for esmond's archive API (reads only), answering as esmond 4.4's {@code api_v2.py} does:
 * the listing ordered by key with {@code limit} (default 1500, {@code 0} meaning the default) and
 * {@code offset}, the paging members on its first element and a {@code Link} header, {@code time-*}
 * on the listing matching an event type's time-updated; data in [time-start, time-end] (start alone up
 * to now + 1 h, none 0..now) capped at {@code limit} (default 1500) oldest first; values as esmond
 * answers them (the {@link EsmondHistory} keeps their JSON text: integers as {@code 9400000000.0}).
 * Faults can be scripted: a number of 500s, or slow answers, for the requests a predicate picks; in
 * elmond mode a limit above 10,000 is refused with 400.
 */
public final class EsmondStandIn implements AutoCloseable {

    public static final String BASE = "/esmond/perfsonar/archive/";
    private static final int DEFAULT_LIMIT = 1500;

    private final HttpServer server;
    private final EsmondHistory history;
    private final long now;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private volatile boolean elmond;

    private record Fault(Predicate<String> matches, AtomicInteger remaining, int status, Duration delay) {
    }

    public EsmondStandIn(EsmondHistory history, long now) throws IOException {
        // the JDK server writes headers and body apart: without this, Nagle and delayed ACKs cost 40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.history = history;
        this.now = now;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    /** Every request's path and query, in order. */
    public List<String> requests() {
        return requests;
    }

    /** The requests from the {@code from}-th on, as a copy (others may be arriving). */
    public List<String> requestsSince(int from) {
        List<String> all = new ArrayList<>(requests);
        return new ArrayList<>(all.subList(from, all.size()));
    }

    public void elmond(boolean on) {
        elmond = on;
    }

    /** The next {@code count} requests {@code matches} picks are answered with {@code status}. */
    public void fail(Predicate<String> matches, int count, int status) {
        faults.add(new Fault(matches, new AtomicInteger(count), status, Duration.ZERO));
    }

    /** The next {@code count} requests {@code matches} picks are answered after {@code delay}. */
    public void slow(Predicate<String> matches, int count, Duration delay) {
        faults.add(new Fault(matches, new AtomicInteger(count), 200, delay));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(BASE.length());
        String query = exchange.getRequestURI().getRawQuery();
        String request = path + (query == null ? "" : "?" + query);
        requests.add(request);
        Map<String, String> params = params(query);
        try {
            for (Fault fault : faults) {
                if (fault.matches().test(request) && fault.remaining().getAndDecrement() > 0) {
                    if (fault.status() != 200) {
                        send(exchange, fault.status(), "{\"detail\":\"A server error occurred.\"}", null);
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(fault.delay().toMillis()); // the slow page itself
                }
            }
            if (elmond && params.containsKey("limit") && Long.parseLong(params.get("limit")) > 10_000) {
                send(exchange, 400, "{\"detail\":\"limit must be at most 10000\"}", null);
                return;
            }
            if (path.isEmpty()) {
                listing(exchange, params);
                return;
            }
            String[] parts = path.split("/");
            String series = history.series(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
            if (parts.length >= 3 && series != null) {
                data(exchange, path.replaceAll("/$", ""), params);
            } else if (parts.length == 1 && history.record(parts[0]) != null) {
                send(exchange, 200, history.record(parts[0]), null);
            } else {
                send(exchange, 404, "{\"detail\":\"Not found.\"}", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            send(exchange, 400, "{\"detail\":\"" + e.getMessage() + "\"}", null);
        }
    }

    private void listing(HttpExchange exchange, Map<String, String> params) throws IOException {
        int limit = limit(params);
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        long since = Long.parseLong(params.getOrDefault("time-start", "-1"));
        List<String> keys = new ArrayList<>();
        for (String key : history.keys()) {
            if (since < 0 || history.updatedSince(key, since)) {
                keys.add(key);
            }
        }
        List<String> page = offset >= keys.size() ? List.of() : keys.subList(offset, Math.min(keys.size(), offset + limit));
        String base = "http://" + exchange.getRequestHeaders().getFirst("Host") + BASE;
        String next = offset + limit < keys.size() ? base + "?limit=" + limit + "&offset=" + (offset + limit) : null;
        String previous = offset > 0 ? base + "?limit=" + limit + "&offset=" + Math.max(0, offset - limit) : null;
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < page.size(); i++) {
            String record = history.record(page.get(i));
            if (i == 0) {
                record = record.substring(0, record.length() - 1) + ",\"metadata-count-total\":" + keys.size()
                        + ",\"metadata-previous-page\":" + quoted(previous) + ",\"metadata-next-page\":" + quoted(next) + "}";
            }
            body.append(i == 0 ? "" : ",").append(record);
        }
        String link = next == null ? null : "<" + next + ">; rel=\"next\"";
        send(exchange, 200, body.append(']').toString(), link);
    }

    private void data(HttpExchange exchange, String path, Map<String, String> params) throws IOException {
        long start;
        long end;
        if (params.containsKey("time-start")) {
            start = Long.parseLong(params.get("time-start"));
            end = params.containsKey("time-end") ? Long.parseLong(params.get("time-end")) : now + 3600;
        } else {
            start = 0;
            end = params.containsKey("time-end") ? Long.parseLong(params.get("time-end")) : now;
        }
        if (start > end) {
            throw new IllegalArgumentException("time-start after time-end");
        }
        int limit = limit(params);
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        NavigableMap<Long, String> points = history.points(path).subMap(start, true, end, true);
        StringBuilder body = new StringBuilder("[");
        int index = 0;
        int written = 0;
        for (Map.Entry<Long, String> point : points.entrySet()) {
            if (index++ < offset) {
                continue;
            }
            if (written == limit) {
                break;
            }
            body.append(written++ == 0 ? "" : ",").append("{\"ts\":").append(point.getKey()).append(",\"val\":")
                    .append(point.getValue()).append('}');
        }
        send(exchange, 200, body.append(']').toString(), null);
    }

    private static int limit(Map<String, String> params) {
        int limit = Integer.parseInt(params.getOrDefault("limit", "0"));
        return limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static Map<String, String> params(String query) {
        if (query == null) {
            return Collections.emptyMap();
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body, String link) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        if (link != null) {
            exchange.getResponseHeaders().set("Link", link);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** The points of a series as a map, for tests that compare (ts -> JSON text). */
    public TreeMap<Long, String> points(String path) {
        return new TreeMap<>(history.points(path));
    }
}
