package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The command line's contract that needs no server: usage, version, exit codes, one-line errors. */
class PsarchiveAdminTest {

    @Test
    void printsItsVersion() {
        Cli.Result result = Cli.run("--version");
        assertEquals(ExitCode.OK, result.code());
        assertTrue(result.out().startsWith("psarchive-admin "), result.out());
    }

    @Test
    void printsItsVersionOnSubcommandsToo() {
        Cli.Result result = Cli.run("account", "add", "--version");
        assertEquals(ExitCode.OK, result.code());
        assertTrue(result.out().startsWith("psarchive-admin "), result.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("no-such-command");
        assertEquals(ExitCode.USAGE, result.code());
        assertTrue(result.err().contains("no-such-command"), result.err());
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE, Cli.run("status", "--format", "xml").code());
    }

    @Test
    void unreachableServerExitsWithFourAndOneLineWithAHint() throws IOException {
        int closedPort = closedPort();

        Cli.Result result = Cli.run("status", "--url", "http://127.0.0.1:" + closedPort + "/");

        assertEquals(ExitCode.UNREACHABLE, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("cannot reach http://127.0.0.1:" + closedPort), result.err());
        assertTrue(result.err().contains("hint:"), result.err());
    }

    @Test
    void unreachableServerExitsWithFourForAdminCommandsToo() throws IOException {
        Cli.Result result = Cli.run("account", "list", "--token", "t", "--url", "http://127.0.0.1:" + closedPort());

        assertEquals(ExitCode.UNREACHABLE, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        Cli.Result result = Cli.run("status", "--verbose", "--url", "http://127.0.0.1:" + closedPort() + "/");

        assertTrue(result.err().lines().count() > 1);
    }

    @Test
    void verbosePrintsTheStackTraceOfNestedCommands() throws IOException {
        Cli.Result result = Cli.run("account", "show", "x", "--verbose", "--url", "http://127.0.0.1:" + closedPort());

        assertEquals(ExitCode.UNREACHABLE, result.code());
        assertTrue(result.err().contains("ServerUnreachableException"), result.err());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
