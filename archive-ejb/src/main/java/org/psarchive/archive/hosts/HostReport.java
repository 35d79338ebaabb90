package org.psarchive.archive.hosts;

import java.time.Instant;
import java.util.List;

/** The hosts report at {@code now}: agents, most silent first, and the archiving accounts. */
public record HostReport(Instant now, List<HostActivity> agents, List<ArchivingAccount> accounts) {

    public HostReport {
        agents = List.copyOf(agents);
        accounts = List.copyOf(accounts);
    }
}
