package org.psarchive.snmp.client;

import java.util.Objects;

/** One variable binding of a response: the instance's OID and its value. */
public record VarBind(Oid oid, SnmpValue value) {

    public VarBind {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(value, "value");
    }
}
