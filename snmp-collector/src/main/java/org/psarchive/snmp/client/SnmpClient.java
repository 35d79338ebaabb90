package org.psarchive.snmp.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The SNMP protocol as the collector needs it: GET, GETNEXT and a walk of several table columns at once.
 * Every call returns at once; the future completes when the agent answered, or exceptionally with an
 * {@link SnmpException} naming the {@link SnmpFailure}. An implementation serves any number of targets
 * from one session, so thousands of requests in flight need no thread each.
 * <p>
 * Futures complete on the implementation's dispatcher threads: keep continuations short, or move them
 * elsewhere with the {@code *Async} methods of {@code CompletableFuture}.
 */
public interface SnmpClient extends AutoCloseable {

    /** The values of these instances (scalars end in {@code .0}); an absent one comes as noSuchObject/Instance. */
    CompletableFuture<SnmpResponse> get(SnmpTarget target, List<Oid> oids);

    /** For each OID, the first instance after it, which may lie outside its subtree or be endOfMibView. */
    CompletableFuture<SnmpResponse> getNext(SnmpTarget target, List<Oid> oids);

    /**
     * All rows of these table columns, walked side by side with GETBULK: each request carries every
     * column that has not yet left its subtree, continuing from the last instance seen in that column.
     *
     * @param maxRepetitions rows asked per column and request; 25-50 suits net-snmp (see docs/snmp.md)
     */
    CompletableFuture<Table> walk(SnmpTarget target, List<Oid> columns, int maxRepetitions);

    /** Ends every request in flight (they fail with SEND_FAILED) and releases the socket and threads. */
    @Override
    void close();
}
