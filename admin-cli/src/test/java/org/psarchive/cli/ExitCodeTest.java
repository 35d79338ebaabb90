package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The fixed table of exit codes, and what an error answer of the server becomes. */
class ExitCodeTest {

    private final ApiClient client = new ApiClient(URI.create("http://127.0.0.1:9/"),
            new AdminToken("t", "--token"), Path.of("/data/admin.token"), false);

    @ParameterizedTest
    @CsvSource({"400, 1", "401, 1", "403, 1", "404, 3", "409, 3", "500, 1", "503, 1"})
    void mapsServerAnswers(int status, int code) {
        assertEquals(code, ExitCode.of(new ApiException(status, "detail")));
    }

    @Test
    void mapsUsageAndUnreachableAndTheRest() {
        assertEquals(ExitCode.USAGE, ExitCode.of(new CommandLine.ParameterException(new CommandLine(new PsarchiveAdmin()), "x")));
        assertEquals(ExitCode.UNREACHABLE, ExitCode.of(new ServerUnreachableException("http://h/", new ConnectException())));
        assertEquals(ExitCode.FAILURE, ExitCode.of(new IllegalStateException("boom")));
        assertEquals(ExitCode.FAILURE, ExitCode.of(new UnexpectedAnswerException("not JSON", null)));
    }

    @Test
    void takesTheDetailOfAProblemOnOneLine() {
        ApiException failure = client.failure(409, """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"192.0.2.0/24 belongs to\\nps-host-2"}""");

        assertEquals(409, failure.status());
        assertEquals("192.0.2.0/24 belongs to ps-host-2", failure.getMessage());
        assertNull(failure.hint());
    }

    @Test
    void fallsBackToTheStatusWhenTheBodyIsNoProblem() {
        assertEquals("the server answered HTTP 502", client.failure(502, "<html>Bad gateway</html>").getMessage());
        assertEquals("the server answered HTTP 500", client.failure(500, "").getMessage());
    }

    @Test
    void pointsAtTheTokenOnAuthenticationFailures() {
        for (int status : new int[] {401, 403}) {
            String hint = client.failure(status, "{\"detail\":\"no\"}").hint();
            assertTrue(hint.contains("--token") && hint.contains("PSARCHIVE_ADMIN_TOKEN")
                    && hint.contains("/data/admin.token"), hint);
        }
    }

    @Test
    void printsAnAuthenticationFailureAsOneLineWithTheTokenHint() {
        FailureHandler handler = new FailureHandler();
        CommandLine command = new CommandLine(new PsarchiveAdmin());
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err, true));

        int code = handler.handleExecutionException(client.failure(401, "{\"detail\":\"Bad token.\"}"), command,
                command.parseArgs());

        assertEquals(ExitCode.FAILURE, code);
        assertEquals("psarchive-admin: Bad token. (hint: the token from --token was refused; pass an admin token with"
                + " --token, PSARCHIVE_ADMIN_TOKEN or the file /data/admin.token)", err.toString().strip());
    }
}
