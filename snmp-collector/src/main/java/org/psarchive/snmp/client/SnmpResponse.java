package org.psarchive.snmp.client;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a GET or GETNEXT: the variable bindings in the order asked, and when the response
 * arrived. Rates are timed by that instant, not by when the poll was scheduled.
 */
public record SnmpResponse(List<VarBind> varBinds, Instant receivedAt) {

    public SnmpResponse {
        varBinds = List.copyOf(varBinds);
    }

    /** The value bound to {@code oid}, or noSuchInstance if the response holds none. */
    public SnmpValue valueOf(Oid oid) {
        for (VarBind varBind : varBinds) {
            if (varBind.oid().equals(oid)) {
                return varBind.value();
            }
        }
        return SnmpValue.Absent.NO_SUCH_INSTANCE;
    }
}
