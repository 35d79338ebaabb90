package org.psarchive.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 request over its own socket whose body the test sends as it likes: not at all, in chunks,
 * or a byte at a time, while the answer is read. Used to prove what the server does before and while it
 * reads a body, which no ordinary client lets a test control.
 */
final class SlowClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;

    SlowClient(int port, String method, String path, String... headers) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends bytes of the body; false once the server has closed the connection. */
    boolean send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException closedByTheServer) {
            return false;
        }
    }

    /** Sends one chunk of a chunked body. */
    boolean chunk(byte[] bytes) {
        return send((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1))
                && send(bytes) && send("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The status line and the body of the answer (read to the end: the server closes after a refusal). */
    String answer(Duration within) {
        try {
            socket.setSoTimeout((int) within.toMillis());
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    read.write(buffer, 0, n);
                    if (complete(read.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (IOException resetAfterTheAnswer) {
                // the server closed with our unread body in its buffer: what arrived before counts
            }
            return read.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem body is one JSON object with a Content-Length: complete once its closing brace is in. */
    private static boolean complete(String text) {
        int bodyStart = text.indexOf("\r\n\r\n");
        return bodyStart > 0 && text.endsWith("}");
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was asked
        }
    }
}
