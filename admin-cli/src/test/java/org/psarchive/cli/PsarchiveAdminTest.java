package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's contract that needs no server: usage, version, exit codes, one-line errors. */
class PsarchiveAdminTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return PsarchiveAdmin.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void printsItsVersion() {
        assertEquals(ExitCode.OK, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("psarchive-admin "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("no-such-command"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-command"));
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("status", "--format", "xml"));
    }

    @Test
    void unreachableServerExitsWithFourAndOneLineWithAHint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int code = run("status", "--url", "http://127.0.0.1:" + closedPort + "/");

        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.UNREACHABLE, code);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("cannot reach http://127.0.0.1:" + closedPort), message);
        assertTrue(message.contains("hint:"), message);
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        run("status", "--verbose", "--url", "http://127.0.0.1:" + closedPort + "/");

        assertTrue(err.toString(StandardCharsets.UTF_8).lines().count() > 1);
    }
}
