package org.psarchive.lookup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of records the server keeps for an owner (a registered host name), on the connection of a
 * {@link RecordStore}: which records an owner has, moving records between owners, and their leases.
 */
final class ManagedRecordStore {

    /** One kept record: its row, its uri's uuid and its key within the owner's set. */
    record Owned(long id, String uuid, String key) {
    }

    private final RecordStore records;

    ManagedRecordStore(RecordStore records) {
        this.records = records;
    }

    /** The owner's records in id order, optionally locked for update. */
    List<Owned> owned(String owner, boolean lock) throws SQLException {
        try (PreparedStatement select = records.connection().prepareStatement("SELECT id, uuid, managed_key"
                + " FROM lookup_record WHERE managed_owner = ? ORDER BY id" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, owner);
            try (ResultSet row = select.executeQuery()) {
                List<Owned> owned = new ArrayList<>();
                while (row.next()) {
                    owned.add(new Owned(row.getLong(1), row.getString(2), row.getString(3)));
                }
                return owned;
            }
        }
    }

    /**
     * Gives the owner the records of these keys that another owner has (an endpoint given a new host name
     * keeps its records' uris); how many moved.
     */
    int adopt(String owner, List<String> keys) throws SQLException {
        int moved = 0;
        for (int from = 0; from < keys.size(); from += RecordStore.CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + RecordStore.CHUNK));
            List<Object> bound = new ArrayList<>(List.of(owner));
            bound.addAll(chunk);
            bound.add(owner);
            moved += records.update("UPDATE lookup_record SET managed_owner = ? WHERE managed_key IN ("
                    + RecordStore.marks(chunk.size()) + ") AND managed_owner <> ?", bound);
        }
        return moved;
    }

    /** The owners that have records. */
    List<String> owners() throws SQLException {
        try (PreparedStatement select = records.connection().prepareStatement(
                "SELECT DISTINCT managed_owner FROM lookup_record WHERE managed_owner IS NOT NULL");
                ResultSet row = select.executeQuery()) {
            List<String> owners = new ArrayList<>();
            while (row.next()) {
                owners.add(row.getString(1));
            }
            return owners;
        }
    }

    /** Sets the lease of every kept record that ends before {@code before} to {@code expires}; how many. */
    int extendLeases(Instant expires, Instant before) throws SQLException {
        return records.update("UPDATE lookup_record SET expires_at = ? WHERE managed_owner IS NOT NULL AND expires_at < ?",
                List.of(expires.toEpochMilli(), before.toEpochMilli()));
    }
}
