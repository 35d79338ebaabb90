package org.psarchive.snmp.agent;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many SNMP targets on loopback from few processes: snmpd agents on 127.0.0.1 listening on consecutive
 * UDP ports, at most 125 each (snmpd cuts a longer agentAddress list silently). Started by
 * bin/lib/snmp.sh's {@code snmp_fleet_up} (which first stops a fleet of the same name left by a crashed
 * run), stopped on {@link #close()} or by a shutdown hook.
 */
public final class SnmpdFleet implements AutoCloseable {

    private final String name;
    private final int firstPort;
    private final int targets;
    private final Thread cleanup;
    private boolean closed;

    public SnmpdFleet(String name, int targets) {
        this.name = name;
        this.targets = targets;
        this.firstPort = freeUdpPorts(targets);
        this.cleanup = new Thread(() -> FixtureScript.run("snmp_fleet_down", name), "stop " + name);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            FixtureScript.run("snmp_fleet_up", name, targets, firstPort);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The targets' UDP ports on 127.0.0.1. */
    public List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(targets);
        for (int i = 0; i < targets; i++) {
            ports.add(firstPort + i);
        }
        return ports;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        FixtureScript.run("snmp_fleet_down", name);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** The first of {@code count} consecutive UDP ports of 127.0.0.1 that are free now (tried in 40000-59999). */
    static int freeUdpPorts(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 40_000 + ThreadLocalRandom.current().nextInt(20_000 - count);
            if (allFree(first, count)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free UDP ports found");
    }

    private static boolean allFree(int first, int count) {
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            for (int port = first; port < first + count; port++) {
                try (DatagramSocket socket = new DatagramSocket(port, loopback)) {
                    socket.getLocalPort();
                } catch (SocketException taken) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
