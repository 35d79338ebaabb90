package org.psarchive.snmp.target;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import org.psarchive.snmp.client.SnmpClient;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;

/**
 * The server's one SNMP client (one UDP socket, two dispatcher threads), opened at first use and closed
 * when the application stops, so a redeployment leaves no socket or thread behind. The client is
 * thread-safe and asynchronous: every caller shares it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SharedSnmpClient {

    private static final int DISPATCHER_THREADS = 2;

    @Inject
    private Clock clock;

    private Snmp4jClient client;

    @PostConstruct
    void open() {
        client = new Snmp4jClient(DISPATCHER_THREADS, clock);
    }

    public SnmpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
