/**
 * The registry of perfSONAR hosts, GOCDB-style: sites, service types (data, seeded with
 * {@code net.perfSONAR.Bandwidth} and {@code net.perfSONAR.Latency}), service endpoints with their
 * communities, and the dual-stack report. Input is parsed at the edge into value objects
 * ({@link org.psarchive.registry.HostName}, {@link org.psarchive.registry.Community}, ...) that apply
 * GOCDB's validation rules; {@link org.psarchive.registry.RegistryService} holds the business rules
 * and fires {@link org.psarchive.registry.RegisteredHostChanged} for the lookup service's sync.
 * See docs/registry.md.
 */
package org.psarchive.registry;
