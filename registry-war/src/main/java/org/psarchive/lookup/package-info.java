/**
 * The lookup service, wire-compatible with perfSONAR's simple lookup service (sLS 2.x): lease-based
 * records of hosts, services, interfaces and people, queried by key with sLS's semantics, plus
 * communities as first-class citizens and the registry's endpoints kept in step as managed records.
 * Storage: {@code lookup_record} (one row per record) and {@code lookup_value} (every key/value pair,
 * indexed), written and read with plain JDBC.
 */
package org.psarchive.lookup;
