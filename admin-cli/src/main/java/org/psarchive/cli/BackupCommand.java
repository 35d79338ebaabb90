package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code backup}: an online backup of the embedded database, written by the server into
 * {@code $PSARCHIVE_DATA/backups}; on MariaDB the server says to use MariaDB's tools (exit 1).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Takes an online backup of the embedded database into the server's data directory.")
final class BackupCommand extends ApiCommand {

    @Mixin
    Output output;

    @Override
    void run(ApiClient api) {
        JsonValue answer = api.post(ApiPath.of("api/admin/backup"), null);
        output.print(answer, out -> {
            JsonObject backup = ApiJson.asObject(answer);
            out.printf("Backup written: %s (%s bytes)%n", ApiJson.text(backup, "file"), ApiJson.text(backup, "bytes"));
        });
    }
}
