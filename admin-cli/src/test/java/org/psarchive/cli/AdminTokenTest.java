package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the admin token comes from: --token, else PSARCHIVE_ADMIN_TOKEN, else $PSARCHIVE_DATA/admin.token. */
class AdminTokenTest {

    @TempDir
    Path data;

    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void pointAtTheDataDirectory() {
        environment.put("PSARCHIVE_DATA", data.toString());
    }

    @Test
    void prefersTheOption() throws IOException {
        Files.writeString(data.resolve("admin.token"), "from-file\n");
        environment.put("PSARCHIVE_ADMIN_TOKEN", "from-environment");

        AdminToken token = AdminToken.discover("from-option", environment::get);

        assertEquals("from-option", token.value());
        assertEquals("--token", token.origin());
    }

    @Test
    void takesTheEnvironmentVariableWithoutTheOption() throws IOException {
        Files.writeString(data.resolve("admin.token"), "from-file\n");
        environment.put("PSARCHIVE_ADMIN_TOKEN", "from-environment");

        AdminToken token = AdminToken.discover(null, environment::get);

        assertEquals("from-environment", token.value());
        assertEquals("PSARCHIVE_ADMIN_TOKEN", token.origin());
    }

    @Test
    void readsTheServersTokenFileLastTrimmed() throws IOException {
        Path file = data.resolve("admin.token");
        Files.writeString(file, "  0123456789abcdef\n\n");
        environment.put("PSARCHIVE_ADMIN_TOKEN", "   ");

        AdminToken token = AdminToken.discover(null, environment::get);

        assertEquals("0123456789abcdef", token.value());
        assertEquals(file.toAbsolutePath().toString(), token.origin());
    }

    @Test
    void looksInDataOfTheWorkingDirectoryWithoutPsarchiveData() {
        environment.clear();

        assertEquals(Path.of("data", "admin.token").toAbsolutePath(), AdminToken.file(environment::get));
    }

    @Test
    void findsNoneAndSaysWhere() {
        AdminToken token = AdminToken.discover(null, environment::get);

        assertFalse(token.isPresent());
        assertNull(token.value());
        String hint = token.hint(401, AdminToken.file(environment::get));
        assertTrue(hint.contains(data.resolve("admin.token") + " does not exist"), hint);
        assertTrue(hint.contains("--token") && hint.contains("PSARCHIVE_ADMIN_TOKEN"), hint);
    }

    @Test
    void treatsAnEmptyFileAsNoToken() throws IOException {
        Files.writeString(data.resolve("admin.token"), "\n");

        assertFalse(AdminToken.discover(null, environment::get).isPresent());
    }

    @Test
    void namesTheRefusedTokensOriginButNeverTheToken() {
        AdminToken token = AdminToken.discover("s3cret", environment::get);

        String hint = token.hint(401, AdminToken.file(environment::get));
        assertTrue(hint.contains("the token from --token was refused"), hint);
        assertFalse(hint.contains("s3cret"), hint);
        assertFalse(token.toString().contains("s3cret"), token.toString());
        assertTrue(token.hint(403, AdminToken.file(environment::get)).contains("lacks the admin permission"));
    }

    @Test
    void serverOptionsUseTheirEnvironment() throws IOException {
        Files.writeString(data.resolve("admin.token"), "from-file");
        ServerOptions options = new ServerOptions();
        options.environment = environment::get;

        assertEquals("from-file", options.adminToken().value());
        options.token = "from-option";
        assertEquals("from-option", options.adminToken().value());
    }
}
