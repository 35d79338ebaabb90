package org.psarchive.platform.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup written: its file, its size and when it was taken. */
public record Backup(Path file, long bytes, Instant taken) {
}
