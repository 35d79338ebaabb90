package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.psarchive.platform.db.SchemaMigrator;

/** The units of work of a pruning pass, each its own transaction. */
@Stateless
public class LookupMaintenance {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    /** Ids of self-registered records that expired before {@code cutoff}, oldest first. */
    public List<Long> expiredBefore(Instant cutoff, int limit) {
        return RecordStore.using(dataSource, store -> store.expiredBefore(cutoff, limit));
    }

    /** Deletes these records (their values go with them); returns how many. */
    public int delete(List<Long> ids) {
        return RecordStore.using(dataSource, store -> store.delete(ids));
    }
}
