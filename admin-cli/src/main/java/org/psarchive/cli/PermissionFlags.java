package org.psarchive.cli;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The permission switches of {@code account add} and {@code account set-permissions}. */
final class PermissionFlags {

    @Option(names = "--metadata-post", description = "May create measurement metadata")
    boolean metadataPost;

    @Option(names = "--timeseries-post", description = "May add time-series data points")
    boolean timeseriesPost;

    @Option(names = "--lookup-register", description = "May register in the lookup service when registration is restricted")
    boolean lookupRegister;

    @Option(names = "--admin", description = "May use the admin API (what this tool does)")
    boolean admin;

    /** The chosen permissions, in the API's order. */
    JsonArray toJson() {
        List<String> chosen = new ArrayList<>();
        if (metadataPost) {
            chosen.add("metadata-post");
        }
        if (timeseriesPost) {
            chosen.add("timeseries-post");
        }
        if (lookupRegister) {
            chosen.add("lookup-register");
        }
        if (admin) {
            chosen.add("admin");
        }
        return ApiJson.strings(chosen);
    }
}
