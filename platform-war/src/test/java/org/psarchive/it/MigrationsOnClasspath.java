package org.psarchive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The newest migration version shipped in the source tree, so tests need no update per migration. */
final class MigrationsOnClasspath {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationsOnClasspath() {
    }

    static String latestVersion() {
        Path migrations = Path.of("../archive-ejb/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .max(Comparator.naturalOrder())
                    .map(String::valueOf)
                    .orElseThrow(() -> new IllegalStateException("no migrations in " + migrations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
