package org.psarchive.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Until the lead's ArchUnit rules arrive: main code imports SNMP4J in the adapter package only, so the
 * library can be replaced behind {@code SnmpClient}.
 */
class OnlyTheAdapterImportsSnmp4jTest {

    private static final Path MAIN = Path.of("src/main/java/org/psarchive/snmp");

    @Test
    void noMainClassOutsideTheAdapterMentionsSnmp4j() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the module directory, as Maven does");
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> offenders = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(MAIN.resolve("client/snmp4j")))
                    .filter(OnlyTheAdapterImportsSnmp4jTest::mentionsSnmp4j)
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean mentionsSnmp4j(Path source) {
        try {
            return Files.readString(source).contains("org.snmp4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
