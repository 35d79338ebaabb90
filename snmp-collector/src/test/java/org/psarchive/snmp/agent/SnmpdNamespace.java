package org.psarchive.snmp.agent;

/**
 * A real snmpd in a network namespace of its own, holding {@code interfaces} veth ends (pairs created
 * inside it with one {@code ip -batch}) plus lo and an uplink to the host: the agent is reached from the
 * host at {@link #host()}:{@link #port()} over a veth whose host end has 10.254.SUBNET.1/30. Created by
 * bin/lib/snmp.sh's {@code snmp_netns_up} (which first removes a namespace of the same name left by a
 * crashed run) and removed on {@link #close()} or, if the test JVM ends first, by a shutdown hook.
 */
public final class SnmpdNamespace implements AutoCloseable {

    private final String name;
    private final int subnet;
    private final int port;
    private final Thread cleanup;
    private boolean closed;

    /**
     * @param name at most 13 characters, starting with psscale- so that stale ones can be told apart
     * @param subnet the third octet of the link's 10.254.x.0/30, unique among the namespaces up at once
     */
    public SnmpdNamespace(String name, int interfaces, int subnet, int port) {
        this.name = name;
        this.subnet = subnet;
        this.port = port;
        this.cleanup = new Thread(() -> FixtureScript.run("snmp_netns_down", name), "remove " + name);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            FixtureScript.run("snmp_netns_up", name, interfaces, subnet, port);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String host() {
        return "10.254." + subnet + ".2";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        FixtureScript.run("snmp_netns_down", name);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
