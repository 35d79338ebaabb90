package org.psarchive.snmp.client.snmp4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.client.PrivProtocol;
import org.psarchive.snmp.client.SnmpClient;
import org.psarchive.snmp.client.SnmpException;
import org.psarchive.snmp.client.SnmpFailure;
import org.psarchive.snmp.client.SnmpResponse;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.SnmpValue;
import org.psarchive.snmp.client.Table;
import org.psarchive.snmp.client.TableRow;
import org.psarchive.snmp.client.UsmUser;
import org.psarchive.snmp.client.VarBind;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.MultiThreadedMessageDispatcher;
import org.snmp4j.util.ThreadPool;

/**
 * The {@link SnmpClient} on SNMP4J, the only class that imports it. One {@code Snmp} session serves every
 * target: one UDP socket, one timer thread for timeouts and retries, and a small pool that decodes
 * responses and completes the futures. Requests in flight cost a pending entry each, not a thread.
 * <p>
 * SNMPv3: users are registered with the USM as templates by name until the agent's engine is known, then
 * localized for that engine (so two agents may use one user name with different secrets). On a timeout,
 * notInTimeWindow or unknownEngineID the engine ID, its boots/time and the localized user are forgotten,
 * so the next request discovers the engine again: an agent restarted with a new engine ID, or a router
 * replaced behind the same address, is found again without a new client. The two reports are retried once
 * at once, so a poll right after such a restart still succeeds.
 */
public final class Snmp4jClient implements SnmpClient {

    private static final Logger LOG = Logger.getLogger(Snmp4jClient.class.getName());

    private static final Map<OID, SnmpFailure> USM_REPORTS = Map.of(
            SnmpConstants.usmStatsUnknownUserNames, SnmpFailure.UNKNOWN_USER,
            SnmpConstants.usmStatsWrongDigests, SnmpFailure.WRONG_AUTH_PASSWORD,
            SnmpConstants.usmStatsDecryptionErrors, SnmpFailure.WRONG_PRIV_PASSWORD,
            SnmpConstants.usmStatsUnsupportedSecLevels, SnmpFailure.UNSUPPORTED_SECURITY_LEVEL,
            SnmpConstants.usmStatsNotInTimeWindows, SnmpFailure.NOT_IN_TIME_WINDOW,
            SnmpConstants.usmStatsUnknownEngineIDs, SnmpFailure.UNKNOWN_ENGINE_ID);

    private final Snmp snmp;
    private final USM usm;
    private final MPv3 mpv3;
    private final Clock clock;
    /** What we last gave the USM per (engine ID or template, user name), so changed secrets are replaced. */
    private final Map<UserKey, UsmUser> registeredUsers = new ConcurrentHashMap<>();
    /** Requests sent and not yet answered, so close() can end them: SNMP4J's close does not always call back. */
    private final Map<CompletableFuture<Answer>, SnmpTarget> inFlight = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Opens the session: binds one UDP socket on an ephemeral port (dual-stack where the host has IPv6)
     * and starts {@code dispatcherThreads} threads that decode responses.
     *
     * @param clock stamps when each response arrived
     */
    public Snmp4jClient(int dispatcherThreads, Clock clock) {
        if (dispatcherThreads < 1) {
            throw new IllegalArgumentException("At least one dispatcher thread");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        // Wrong-password reports (usmStatsWrongDigests, usmStatsDecryptionErrors) come at noAuthNoPriv, as they
        // must: the agent could not authenticate us. SNMP4J's standard strategy drops such reports for an authPriv
        // request, which would turn a wrong password into a timeout. This setting is JVM-wide; SNMP4J has no other.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        // SNMP4J 3.13's defaults no longer include SHA-1, which most routers still use: name every protocol we offer.
        protocols.removeAll();
        protocols.addAuthenticationProtocol(new AuthSHA());
        protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
        protocols.addAuthenticationProtocol(new AuthHMAC384SHA512());
        protocols.addPrivacyProtocol(new PrivAES128());
        protocols.addPrivacyProtocol(new PrivAES256());
        OctetString localEngineId = new OctetString(MPv3.createLocalEngineID());
        this.usm = new USM(protocols, localEngineId, 0);
        this.mpv3 = new MPv3(localEngineId.getValue(), null, protocols,
                SecurityModels.getCollection(new SecurityModel[] {usm}), CounterSupport.getInstance());
        MessageDispatcherImpl core = new MessageDispatcherImpl();
        core.addMessageProcessingModel(new MPv2c());
        core.addMessageProcessingModel(mpv3);
        ThreadPool pool = ThreadPool.create("psarchive-snmp", dispatcherThreads);
        try {
            this.snmp = new Snmp(new MultiThreadedMessageDispatcher(pool, core), openSocket());
            snmp.listen();
        } catch (IOException e) {
            pool.stop();
            throw new UncheckedIOException("Cannot open the SNMP socket", e);
        }
    }

    /** Binds to the IPv6 wildcard, which on Linux also sends to and receives from IPv4; else to IPv4 only. */
    private static DefaultUdpTransportMapping openSocket() throws IOException {
        try {
            return new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getByName("::"), 0));
        } catch (IOException noIpv6) {
            return new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getByName("0.0.0.0"), 0));
        }
    }

    @Override
    public CompletableFuture<SnmpResponse> get(SnmpTarget target, List<Oid> oids) {
        return request(target, PDU.GET, oids, 0).thenApply(Snmp4jClient::toResponse);
    }

    @Override
    public CompletableFuture<SnmpResponse> getNext(SnmpTarget target, List<Oid> oids) {
        return request(target, PDU.GETNEXT, oids, 0).thenApply(Snmp4jClient::toResponse);
    }

    @Override
    public CompletableFuture<Table> walk(SnmpTarget target, List<Oid> columns, int maxRepetitions) {
        if (columns.isEmpty() || maxRepetitions < 1) {
            throw new IllegalArgumentException("A walk needs columns and maxRepetitions >= 1");
        }
        return new Walk(target, columns, maxRepetitions).start();
    }

    @Override
    public void close() {
        closed = true;
        try {
            snmp.close(); // closes the socket, cancels the timer, stops the pool
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the SNMP socket", e);
        }
        // SNMP4J's close did not call back a request still waiting for its timeout (SnmpdIT): end ours here.
        inFlight.forEach((pending, target) -> pending.completeExceptionally(
                new SnmpException(SnmpFailure.SEND_FAILED, target, "client closed")));
    }

    /** A decoded answer and when it arrived. */
    private record Answer(PDU pdu, Instant receivedAt) {
    }

    private CompletableFuture<Answer> request(SnmpTarget target, int type, List<Oid> oids, int maxRepetitions) {
        if (closed) {
            return CompletableFuture.failedFuture(new SnmpException(SnmpFailure.SEND_FAILED, target, "client closed"));
        }
        UdpAddress address;
        try {
            // A blocking look-up for a host name; targets given as addresses (the usual case) cost nothing here.
            address = new UdpAddress(InetAddress.getByName(target.host()), target.port());
        } catch (UnknownHostException e) {
            return CompletableFuture.failedFuture(new SnmpException(SnmpFailure.UNKNOWN_HOST, target, target.host()));
        }
        if (target.credentials() instanceof UsmUser user) {
            return requestV3(target, address, user, type, oids, maxRepetitions, true);
        }
        CommunityTarget<UdpAddress> community = new CommunityTarget<>(address,
                new OctetString(((Community) target.credentials()).secret()));
        community.setVersion(SnmpConstants.version2c);
        PDU pdu = pdu(new PDU(), type, oids, maxRepetitions);
        return send(pdu, limits(community, target), target);
    }

    private CompletableFuture<Answer> requestV3(SnmpTarget target, UdpAddress address, UsmUser user, int type,
            List<Oid> oids, int maxRepetitions, boolean mayRediscover) {
        OctetString engineId = mpv3.getEngineID(address);
        boolean engineWasKnown = engineId != null;
        register(user, engineId);
        UserTarget<UdpAddress> userTarget = new UserTarget<>(address, new OctetString(user.user()), new byte[0]);
        userTarget.setVersion(SnmpConstants.version3);
        userTarget.setSecurityLevel(switch (user.securityLevel()) {
            case NO_AUTH_NO_PRIV -> org.snmp4j.security.SecurityLevel.NOAUTH_NOPRIV;
            case AUTH_NO_PRIV -> org.snmp4j.security.SecurityLevel.AUTH_NOPRIV;
            case AUTH_PRIV -> org.snmp4j.security.SecurityLevel.AUTH_PRIV;
        });
        PDU pdu = pdu(new ScopedPDU(), type, oids, maxRepetitions);
        return send(pdu, limits(userTarget, target), target).exceptionallyCompose(failure -> {
            SnmpFailure kind = failure instanceof SnmpException e ? e.failure() : null;
            boolean staleEngine = kind == SnmpFailure.NOT_IN_TIME_WINDOW || kind == SnmpFailure.UNKNOWN_ENGINE_ID
                    || (kind == SnmpFailure.TIMEOUT && engineWasKnown);
            if (kind == SnmpFailure.TIMEOUT && !engineWasKnown && authenticatedBy(address)
                    && user.securityLevel() == org.psarchive.snmp.client.SecurityLevel.AUTH_PRIV) {
                // Measured on net-snmp 5.9: a wrong privacy password gets no usmStatsDecryptionErrors report; snmpd
                // logs "error parsing ScopedPDU" and drops the request. But during this request the agent was
                // discovered and sent an authenticated report (its engine time): it is up, the user and the
                // authentication password are right, and what it dropped is what it could not decrypt.
                forgetEngine(address, user);
                return CompletableFuture.failedFuture(new SnmpException(SnmpFailure.WRONG_PRIV_PASSWORD, target,
                        "inferred: the agent authenticated us, then dropped the encrypted request"));
            }
            if (staleEngine || kind == SnmpFailure.TIMEOUT) {
                forgetEngine(address, user);
            }
            // After an agent restart with a new engine ID, the cached engine gets reports or silence (snmpd drops
            // a request for an engine ID it never had): discover once more, at once, so this very poll succeeds.
            if (staleEngine && mayRediscover && !closed) {
                return requestV3(target, address, user, type, oids, maxRepetitions, false);
            }
            return CompletableFuture.failedFuture(failure);
        });
    }

    /** True when the engine at this address is known and has sent us its time in an authenticated message. */
    private boolean authenticatedBy(UdpAddress address) {
        OctetString engineId = mpv3.getEngineID(address);
        return engineId != null && usm.getTimeTable().getEntry(engineId) != null;
    }

    /** Gives the USM this user: a template while the engine is unknown, else localized for that engine. */
    private void register(UsmUser user, OctetString engineId) {
        UserKey key = new UserKey(engineId == null ? "" : engineId.toHexString(), user.user());
        if (user.equals(registeredUsers.get(key))) {
            return;
        }
        org.snmp4j.security.UsmUser usmUser = new org.snmp4j.security.UsmUser(new OctetString(user.user()),
                user.auth() == null ? null : authOid(user.auth()),
                user.authPassword() == null ? null : new OctetString(user.authPassword()),
                user.priv() == null ? null : privOid(user.priv()),
                user.privPassword() == null ? null : new OctetString(user.privPassword()));
        if (engineId == null) {
            usm.addUser(usmUser);
        } else {
            usm.addUser(usmUser, engineId);
        }
        registeredUsers.put(key, user);
    }

    /** Forgets what SNMP4J cached about the engine at this address, so the next request discovers it again. */
    private void forgetEngine(UdpAddress address, UsmUser user) {
        OctetString engineId = mpv3.removeEngineID(address);
        if (engineId != null) {
            usm.removeEngineTime(engineId);
            usm.removeUser(engineId, new OctetString(user.user()));
            registeredUsers.remove(new UserKey(engineId.toHexString(), user.user()));
        }
    }

    private record UserKey(String engineId, String user) {
    }

    private static <T extends Target<UdpAddress>> T limits(T snmp4jTarget, SnmpTarget target) {
        snmp4jTarget.setTimeout(target.timeout().toMillis());
        snmp4jTarget.setRetries(target.retries());
        snmp4jTarget.setMaxSizeRequestPDU(65535);
        return snmp4jTarget;
    }

    private static PDU pdu(PDU pdu, int type, List<Oid> oids, int maxRepetitions) {
        pdu.setType(type);
        for (Oid oid : oids) {
            pdu.add(new VariableBinding(new OID(oid.arcs())));
        }
        if (type == PDU.GETBULK) {
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(maxRepetitions);
        }
        return pdu;
    }

    private CompletableFuture<Answer> send(PDU pdu, Target<UdpAddress> snmp4jTarget, SnmpTarget target) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        inFlight.put(answer, target);
        answer.whenComplete((done, failure) -> inFlight.remove(answer));
        if (closed) { // closed between the check in request() and here
            answer.completeExceptionally(new SnmpException(SnmpFailure.SEND_FAILED, target, "client closed"));
            return answer;
        }
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                Instant receivedAt = clock.instant();
                ((Snmp) event.getSource()).cancel(event.getRequest(), this); // else SNMP4J keeps the request
                complete(answer, event, receivedAt, target);
            }
        };
        try {
            snmp.send(pdu, snmp4jTarget, null, listener);
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(new SnmpException(SnmpFailure.SEND_FAILED, target, e.getMessage()));
        }
        return answer;
    }

    private static void complete(CompletableFuture<Answer> answer, ResponseEvent<?> event, Instant receivedAt,
            SnmpTarget target) {
        PDU response = event.getResponse();
        if (event.getError() != null) {
            answer.completeExceptionally(new SnmpException(SnmpFailure.SEND_FAILED, target,
                    String.valueOf(event.getError().getMessage())));
        } else if (response == null) {
            answer.completeExceptionally(new SnmpException(SnmpFailure.TIMEOUT, target,
                    "after " + target.maxWait().toMillis() + " ms"));
        } else if (response.getType() == PDU.REPORT) {
            OID report = response.size() > 0 ? response.get(0).getOid() : new OID();
            SnmpFailure kind = USM_REPORTS.getOrDefault(report, SnmpFailure.PROTOCOL_ERROR);
            answer.completeExceptionally(new SnmpException(kind, target, "report " + report));
        } else if (response.getErrorStatus() != PDU.noError) {
            answer.completeExceptionally(new SnmpException(SnmpFailure.AGENT_ERROR, target,
                    response.getErrorStatusText() + " at index " + response.getErrorIndex()));
        } else {
            answer.complete(new Answer(response, receivedAt));
        }
    }

    private static SnmpResponse toResponse(Answer answer) {
        List<VarBind> varBinds = new ArrayList<>(answer.pdu.size());
        for (VariableBinding vb : answer.pdu.getVariableBindings()) {
            varBinds.add(new VarBind(Oid.of(vb.getOid().getValue()), value(vb.getVariable())));
        }
        return new SnmpResponse(varBinds, answer.receivedAt);
    }

    private static OID authOid(AuthProtocol protocol) {
        return switch (protocol) {
            case SHA -> AuthSHA.ID;
            case SHA_256 -> AuthHMAC192SHA256.ID;
            case SHA_512 -> AuthHMAC384SHA512.ID;
        };
    }

    private static OID privOid(PrivProtocol protocol) {
        return switch (protocol) {
            case AES_128 -> PrivAES128.ID;
            case AES_256 -> PrivAES256.ID;
        };
    }

    static SnmpValue value(Variable variable) {
        return switch (variable.getSyntax()) {
            case SMIConstants.SYNTAX_COUNTER32 -> new SnmpValue.Counter32(((Counter32) variable).getValue());
            case SMIConstants.SYNTAX_COUNTER64 -> new SnmpValue.Counter64(((Counter64) variable).getValue());
            case SMIConstants.SYNTAX_GAUGE32 -> new SnmpValue.Gauge32(((Gauge32) variable).getValue());
            case SMIConstants.SYNTAX_TIMETICKS -> new SnmpValue.TimeTicks(((TimeTicks) variable).getValue());
            case SMIConstants.SYNTAX_INTEGER32 -> new SnmpValue.Integer32(((Integer32) variable).getValue());
            case SMIConstants.SYNTAX_OCTET_STRING -> new SnmpValue.OctetString(((OctetString) variable).getValue());
            case SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> new SnmpValue.ObjectIdentifier(
                    Oid.of(((OID) variable).getValue()));
            case SMIConstants.SYNTAX_IPADDRESS -> new SnmpValue.IpAddress(
                    ((IpAddress) variable).getInetAddress().getHostAddress());
            case SMIConstants.EXCEPTION_NO_SUCH_OBJECT -> SnmpValue.Absent.NO_SUCH_OBJECT;
            case SMIConstants.EXCEPTION_NO_SUCH_INSTANCE -> SnmpValue.Absent.NO_SUCH_INSTANCE;
            case SMIConstants.EXCEPTION_END_OF_MIB_VIEW -> SnmpValue.Absent.END_OF_MIB_VIEW;
            default -> new SnmpValue.Other(variable.getSyntaxString(), variable.toString());
        };
    }

    /**
     * One walk of several columns: a GETBULK with one variable binding per column still inside its subtree,
     * each continuing from that column's last instance, until every column has left its subtree.
     */
    private final class Walk {
        private final SnmpTarget target;
        private final List<Oid> columns;
        private final int maxRepetitions;
        private final Map<Oid, Oid> lastSeen = new HashMap<>();
        private final SortedMap<Oid, Map<Oid, SnmpValue>> cells = new TreeMap<>();
        private final Map<Oid, Instant> rowTimes = new HashMap<>();
        private final CompletableFuture<Table> result = new CompletableFuture<>();
        private Instant startedAt;
        private int requests;

        Walk(SnmpTarget target, List<Oid> columns, int maxRepetitions) {
            this.target = target;
            this.columns = List.copyOf(columns);
            this.maxRepetitions = maxRepetitions;
            for (Oid column : columns) {
                lastSeen.put(column, column);
            }
        }

        CompletableFuture<Table> start() {
            startedAt = clock.instant();
            next(this.columns);
            return result;
        }

        /** Sends the next GETBULK; the continuation runs on a dispatcher thread, one step at a time. */
        private void next(List<Oid> active) {
            requests++;
            List<Oid> from = active.stream().map(lastSeen::get).toList();
            request(target, PDU.GETBULK, from, maxRepetitions)
                    .thenAccept(answer -> advance(active, answer))
                    .exceptionally(failure -> {
                        result.completeExceptionally(failure instanceof java.util.concurrent.CompletionException
                                ? failure.getCause() : failure);
                        return null;
                    });
        }

        /** Response bindings come row by row: binding i belongs to column i mod (number of columns asked). */
        private void advance(List<Oid> active, Answer answer) {
            List<? extends VariableBinding> vbs = answer.pdu.getVariableBindings();
            if (vbs.isEmpty()) {
                // An empty answer would make us ask the same again forever.
                result.completeExceptionally(new SnmpException(SnmpFailure.PROTOCOL_ERROR, target,
                        "GETBULK answered no variable bindings"));
                return;
            }
            boolean[] done = new boolean[active.size()];
            for (int i = 0; i < vbs.size(); i++) {
                int c = i % active.size();
                if (done[c]) {
                    continue;
                }
                Oid column = active.get(c);
                VariableBinding vb = vbs.get(i);
                Oid oid = Oid.of(vb.getOid().getValue());
                if (vb.getVariable().isException() || !oid.startsWith(column) || oid.size() == column.size()) {
                    done[c] = true;
                    continue;
                }
                if (oid.compareTo(lastSeen.get(column)) <= 0) {
                    // An agent that does not advance would make us ask forever.
                    result.completeExceptionally(new SnmpException(SnmpFailure.PROTOCOL_ERROR, target,
                            "walk of " + column + " went back from " + lastSeen.get(column) + " to " + oid));
                    return;
                }
                Oid index = oid.suffixAfter(column);
                cells.computeIfAbsent(index, k -> new HashMap<>()).put(column, value(vb.getVariable()));
                rowTimes.putIfAbsent(index, answer.receivedAt);
                lastSeen.put(column, oid);
            }
            List<Oid> stillActive = new ArrayList<>(active.size());
            for (int c = 0; c < active.size(); c++) {
                if (!done[c]) {
                    // A column the agent cut from a full answer simply goes on from where it was.
                    stillActive.add(active.get(c));
                }
            }
            if (stillActive.isEmpty()) {
                result.complete(table(answer.receivedAt));
            } else {
                next(stillActive);
            }
        }

        private Table table(Instant finishedAt) {
            SortedMap<Oid, TableRow> rows = new TreeMap<>();
            cells.forEach((index, values) -> rows.put(index, new TableRow(index, values, rowTimes.get(index))));
            return new Table(columns, rows, requests, startedAt, finishedAt);
        }
    }
}
