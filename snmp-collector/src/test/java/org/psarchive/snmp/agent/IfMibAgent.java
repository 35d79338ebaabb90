package org.psarchive.snmp.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.mib.IfMib;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.mo.snmp.CoexistenceInfo;
import org.snmp4j.agent.mo.snmp.CoexistenceInfoProvider;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * An SNMPv2c agent on SNMP4J-Agent whose IF-MIB the test scripts: interfaces added, removed and renamed,
 * counters set to any value (wraps, resets), sysUpTime set back, and a delay before each answer. It
 * serves any OID put into it from one sorted map, through SNMP4J-Agent's own GET/GETNEXT/GETBULK handling.
 * Like snmpd it answers one request at a time.
 */
public final class IfMibAgent implements AutoCloseable {

    public static final String COMMUNITY = "public";

    private final ConcurrentSkipListMap<OID, Variable> values = new ConcurrentSkipListMap<>();
    private final Snmp snmp;
    private final int port;
    private volatile Duration delay = Duration.ZERO;

    public IfMibAgent() {
        try {
            OctetString engineId = new OctetString(MPv3.createLocalEngineID());
            DefaultMOServer server = new DefaultMOServer();
            server.addContext(new OctetString()); // the default context, which v2c requests ask for
            server.register(new ScriptedObjects(), null);
            CommandProcessor processor = new CommandProcessor(engineId);
            processor.addMOServer(server);
            processor.setVacm(new EverythingReadable());
            processor.setCoexistenceProvider(new OneCommunity(engineId));
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv2c());
            DefaultUdpTransportMapping transport =
                    new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getLoopbackAddress(), 0));
            snmp = new Snmp(dispatcher, transport);
            snmp.addCommandResponder(new CommandResponder() {
                @Override
                public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
                    pause(); // a slow agent: the one thread that answers is held up, as in a busy router
                    processor.processPdu(event);
                }
            });
            snmp.listen();
            port = transport.getListenAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException(e);
        }
        setSysUpTime(100);
        put(IfMib.SYS_NAME, new OctetString("scripted"));
        put(IfMib.SYS_DESCR, new OctetString("IfMibAgent on SNMP4J-Agent"));
        updateIfNumber();
    }

    public int port() {
        return port;
    }

    /** Every answer waits this long first. */
    public void setDelay(Duration delay) {
        this.delay = delay;
    }

    private void pause() {
        long millis = delay.toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void setSysUpTime(long hundredths) {
        put(IfMib.SYS_UP_TIME, new TimeTicks(hundredths));
    }

    /** Adds (or replaces) an interface with 64-bit counters at 0. */
    public void addInterface(int ifIndex, String name, long speedMbps) {
        put(IfMib.IF_NAME.append(ifIndex), new OctetString(name));
        put(IfMib.IF_DESCR.append(ifIndex), new OctetString(name + " description"));
        put(IfMib.IF_ALIAS.append(ifIndex), new OctetString(""));
        put(IfMib.IF_HIGH_SPEED.append(ifIndex), new Gauge32(speedMbps));
        put(IfMib.IF_SPEED.append(ifIndex), new Gauge32(Math.min(speedMbps * 1_000_000, 0xFFFF_FFFFL)));
        put(IfMib.IF_COUNTER_DISCONTINUITY_TIME.append(ifIndex), new TimeTicks(0));
        put(IfMib.IF_OPER_STATUS.append(ifIndex), new Integer32(1));
        setCounters32(ifIndex, 0, 0);
        setHcCounters(ifIndex, 0, 0);
        for (Oid error : new Oid[] {IfMib.IF_IN_ERRORS, IfMib.IF_OUT_ERRORS, IfMib.IF_IN_DISCARDS,
                IfMib.IF_OUT_DISCARDS}) {
            put(error.append(ifIndex), new Counter32(0));
        }
        updateIfNumber();
    }

    public void rename(int ifIndex, String name) {
        put(IfMib.IF_NAME.append(ifIndex), new OctetString(name));
    }

    public void removeInterface(int ifIndex) {
        for (OID table : new OID[] {new OID("1.3.6.1.2.1.2.2.1"), new OID("1.3.6.1.2.1.31.1.1.1")}) {
            // column instances of a one-arc index: table entry, column, ifIndex
            values.keySet().removeIf(oid -> oid.startsWith(table) && oid.size() == table.size() + 2
                    && oid.last() == ifIndex);
        }
        updateIfNumber();
    }

    /** Takes the HC columns away, as an old agent without ifXTable counters would have. */
    public void removeHcCounters(int ifIndex) {
        values.remove(toOid(IfMib.IF_HC_IN_OCTETS.append(ifIndex)));
        values.remove(toOid(IfMib.IF_HC_OUT_OCTETS.append(ifIndex)));
    }

    public void setHcCounters(int ifIndex, long in, long out) {
        put(IfMib.IF_HC_IN_OCTETS.append(ifIndex), new Counter64(in));
        put(IfMib.IF_HC_OUT_OCTETS.append(ifIndex), new Counter64(out));
    }

    public void setCounters32(int ifIndex, long in, long out) {
        put(IfMib.IF_IN_OCTETS.append(ifIndex), new Counter32(in));
        put(IfMib.IF_OUT_OCTETS.append(ifIndex), new Counter32(out));
    }

    public void setDiscontinuityTime(int ifIndex, long hundredths) {
        put(IfMib.IF_COUNTER_DISCONTINUITY_TIME.append(ifIndex), new TimeTicks(hundredths));
    }

    public void setInErrors(int ifIndex, long errors) {
        put(IfMib.IF_IN_ERRORS.append(ifIndex), new Counter32(errors));
    }

    private void updateIfNumber() {
        long count = values.keySet().stream().filter(oid -> oid.startsWith(toOid(IfMib.IF_NAME))).count();
        put(IfMib.IF_NUMBER, new Integer32((int) count));
    }

    private void put(Oid oid, Variable value) {
        values.put(toOid(oid), value);
    }

    private static OID toOid(Oid oid) {
        return new OID(oid.arcs());
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // closing a loopback socket of a test
        }
    }

    /** Everything under 1.3.6.1, answered from the sorted map. */
    private final class ScriptedObjects implements GenericManagedObject {
        private final MOScope scope = new DefaultMOScope(new OID("1.3.6.1"), true, new OID("1.3.6.2"), false);

        @Override
        public MOScope getScope() {
            return scope;
        }

        @Override
        public OID find(MOScope range) {
            OID lower = range.getLowerBound();
            Map.Entry<OID, Variable> entry = lower == null ? values.firstEntry()
                    : range.isLowerIncluded() ? values.ceilingEntry(lower) : values.higherEntry(lower);
            return entry != null && range.covers(entry.getKey()) ? entry.getKey() : null;
        }

        @Override
        public void get(SubRequest<?> request) {
            VariableBinding vb = request.getVariableBinding();
            Variable value = values.get(vb.getOid());
            vb.setVariable(value == null ? Null.noSuchInstance : (Variable) value.clone());
            request.completed();
        }

        @Override
        @Deprecated
        public boolean next(SubRequest<?> request) {
            return next(request, oid -> true);
        }

        @Override
        public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
            OID oid = find(request.getScope());
            while (oid != null && !filter.apply(oid)) {
                oid = values.higherKey(oid);
                oid = oid != null && request.getScope().covers(oid) ? oid : null;
            }
            Variable value = oid == null ? null : values.get(oid);
            if (value == null) {
                return false;
            }
            request.getVariableBinding().setOid(oid);
            request.getVariableBinding().setVariable((Variable) value.clone());
            request.completed();
            return true;
        }

        @Override
        public void prepare(SubRequest<?> request) {
            request.getStatus().setErrorStatus(org.snmp4j.PDU.notWritable);
        }

        @Override
        public void commit(SubRequest<?> request) {
        }

        @Override
        public void undo(SubRequest<?> request) {
        }

        @Override
        public void cleanup(SubRequest<?> request) {
        }
    }

    private static final class EverythingReadable implements VACM {
        private static final OctetString VIEW = new OctetString("all");

        @Override
        public int isAccessAllowed(OctetString context, OctetString securityName, int securityModel,
                int securityLevel, int viewType, OID oid) {
            return VACM_OK;
        }

        @Override
        public int isAccessAllowed(OctetString viewName, OID oid) {
            return VACM_OK;
        }

        @Override
        public OctetString getViewName(OctetString context, OctetString securityName, int securityModel,
                int securityLevel, int viewType) {
            return VIEW;
        }
    }

    private static final class OneCommunity implements CoexistenceInfoProvider {
        private final OctetString engineId;

        OneCommunity(OctetString engineId) {
            this.engineId = engineId;
        }

        @Override
        public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
            return COMMUNITY.equals(community.toString())
                    ? new CoexistenceInfo[] {new CoexistenceInfo(community, engineId, new OctetString())}
                    : null;
        }

        @Override
        public OctetString getCommunity(OctetString securityName, OctetString contextEngineID,
                OctetString contextName) {
            return new OctetString(COMMUNITY);
        }

        @Override
        public boolean passesFilter(Address address, CoexistenceInfo coexistenceInfo) {
            return true;
        }
    }
}
