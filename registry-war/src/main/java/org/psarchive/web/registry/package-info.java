/**
 * The registry's REST API under {@code /api/registry}: sites, service types, service endpoints and the
 * dual-stack report (docs/registry.md). Thin resources: bodies and query parameters become the value
 * objects of {@code org.psarchive.registry}, one call of its services, JSON out. Reads are anonymous;
 * writes need the {@code admin} permission.
 */
package org.psarchive.web.registry;
