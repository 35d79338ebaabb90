package org.psarchive.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.client.SnmpClient;
import org.psarchive.snmp.client.SnmpResponse;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.Table;

/** An {@link SnmpClient} that counts the GETBULK round trips of the walks it passes on (the profile's figure). */
final class CountingClient implements SnmpClient {

    private final SnmpClient delegate;
    private final AtomicInteger requests = new AtomicInteger();

    CountingClient(SnmpClient delegate) {
        this.delegate = delegate;
    }

    void reset() {
        requests.set(0);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public CompletableFuture<SnmpResponse> get(SnmpTarget target, List<Oid> oids) {
        return delegate.get(target, oids);
    }

    @Override
    public CompletableFuture<SnmpResponse> getNext(SnmpTarget target, List<Oid> oids) {
        return delegate.getNext(target, oids);
    }

    @Override
    public CompletableFuture<Table> walk(SnmpTarget target, List<Oid> columns, int maxRepetitions) {
        return delegate.walk(target, columns, maxRepetitions).thenApply(table -> {
            requests.addAndGet(table.requests());
            return table;
        });
    }

    @Override
    public void close() {
        delegate.close();
    }
}
