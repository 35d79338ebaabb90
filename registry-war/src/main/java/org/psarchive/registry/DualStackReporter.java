package org.psarchive.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * Builds the dual-stack report: resolves every registered host name with the server's own resolver
 * (A and AAAA through {@link InetAddress#getAllByName}) and compares with the registered addresses.
 * No transaction is held while the resolver works.
 */
@Stateless
public class DualStackReporter {

    @EJB
    private RegistryService registry;

    @Resource
    private ManagedThreadFactory threads;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DualStackReport report(SiteName site) {
        List<RegisteredEndpoint> endpoints = registry.endpoints(site).stream().map(ServiceEndpoint::registered).toList();
        Map<String, HostResolution> resolved = new HostResolver(InetAddress::getAllByName, threads,
                HostResolver.THREADS, HostResolver.DEADLINE)
                .resolveAll(endpoints.stream().map(RegisteredEndpoint::hostName).toList());
        return new DualStackReport(endpoints.stream()
                .map(endpoint -> DualStackEntry.of(endpoint, resolved.get(endpoint.hostName()))).toList());
    }
}
