package org.psarchive.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection used by one client thread at a time: it writes a request and
 * reads the answer on the calling thread. {@code java.net.http.HttpClient} hands every exchange between
 * its selector thread, a worker and the caller, and on this 2-core machine that cost the benchmark's
 * client a fifth of the CPU the platform under test needed.
 *
 * <p>Enough of HTTP/1.1 for the platform's answers: a status line, headers, a body framed by
 * {@code Content-Length} or chunked, {@code Connection: close}. Reads time out after 30 s.
 */
final class HttpConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private boolean open = true;

    HttpConnection(URI base) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), CONNECT_TIMEOUT_MILLIS);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
        host = base.getHost() + ":" + base.getPort();
    }

    /** BENCH_SPLIT_WRITES=1: every body in a write of its own, after its head. */
    private static final boolean SPLIT_WRITES = "1".equals(System.getenv("BENCH_SPLIT_WRITES"));

    boolean isOpen() {
        return open;
    }

    /** Sends one request; {@code body} and {@code token} may be null. */
    Api.Response exchange(String method, String pathAndQuery, String body, String token) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: ").append(host).append("\r\nAccept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Token ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (SPLIT_WRITES && content.length > 0) {
            // the body after the head, as a client on a real network delivers a large one: the server's
            // body filter then reads it asynchronously (BENCH_SPLIT_WRITES=1, docs/benchmarks.md)
            out.write(headBytes);
            out.flush();
            out.write(content);
            out.flush();
            return readResponse();
        }
        // one write, so that the server reads the whole request at once
        byte[] request = java.util.Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        out.write(request);
        out.flush();
        return readResponse();
    }

    private Api.Response readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            open = false;
            throw new NoAnswerException();
        }
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int code = Integer.parseInt(status[1]);
        long length = -1;
        boolean chunked = false;
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> open &= !value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] content;
        if (code == 204 || code == 304 || code / 100 == 1) {
            content = new byte[0];
        } else if (chunked) {
            content = readChunked();
        } else if (length >= 0) {
            content = in.readNBytes((int) length);
            if (content.length < length) {
                throw new EOFException("the answer ended after " + content.length + " of " + length + " bytes");
            }
        } else {
            content = in.readAllBytes(); // framed by the end of the connection
            open = false;
        }
        return new Api.Response(code, new String(content, StandardCharsets.UTF_8));
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("the chunked answer ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are not used
                }
                return content.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("a chunk ended early");
            }
            content.write(chunk);
            readLine(); // the CRLF after the chunk
        }
    }

    /** A header line without its CRLF; null at the end of the stream before any byte. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
            b = in.read();
        }
        return line.toString();
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }

    /** The server closed the connection before answering: a kept-alive connection it had timed out. */
    static final class NoAnswerException extends IOException {
        NoAnswerException() {
            super("the server closed the connection without answering");
        }
    }
}
