package org.psarchive.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Bytes over loopback TCP, so that lo's counters move. */
final class LoopbackTraffic implements AutoCloseable {
    private final ServerSocket server;
    private final Socket client;
    private final Thread sink;

    LoopbackTraffic() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept();
        sink = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = accepted.getInputStream()) {
                while (in.read(buffer) >= 0) {
                    // discard
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "lo-traffic-sink");
        sink.setDaemon(true);
        sink.start();
    }

    void send(int bytes) {
        try {
            OutputStream out = client.getOutputStream();
            out.write(new byte[bytes]);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
