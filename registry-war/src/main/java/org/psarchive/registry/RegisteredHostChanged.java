package org.psarchive.registry;

/**
 * Fired synchronously, inside the transaction of the change, once per host name whose registration
 * changed (an endpoint created, updated or deleted on it; its site updated or deleted; its communities
 * changed). A rename fires for the old and the new name. Observers read the new state with
 * {@link RegistryService#endpointsOnHost(String)}; the lookup service keeps its host records in sync this way.
 */
public record RegisteredHostChanged(String hostName) {
}
