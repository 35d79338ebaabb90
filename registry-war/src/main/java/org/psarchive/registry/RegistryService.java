package org.psarchive.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.psarchive.account.AuditLog;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * The registry's business rules: sites, service types and service endpoints. Each method is one
 * transaction, applied whole or not at all; each change leaves one audit event naming the
 * administrator ({@code actor}) and fires {@link RegisteredHostChanged} for every host it affects.
 */
@Stateless
public class RegistryService {

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Event<RegisteredHostChanged> hostChanged;

    // ---- sites

    public List<Site> sites() {
        return em.createNamedQuery(Site.ALL, Site.class).getResultList();
    }

    public Site site(SiteName name) {
        return findSite(name).orElseThrow(() -> new NotFoundException("No site named '" + name + "'."));
    }

    public Site createSite(String actor, SiteSpec spec) {
        if (findSite(spec.name()).isPresent()) {
            throw new ConflictException("A site named '" + spec.name() + "' exists already.");
        }
        Site site = new Site(spec, DatabaseTime.now(clock));
        em.persist(site);
        flush("A site named '" + spec.name() + "' exists already.");
        audit.record(actor, "registry.site.create", spec.name().value(), "country-code=" + spec.countryCode());
        return site;
    }

    /** Replaces the site's name, country code and description; its endpoints' hosts change with it. */
    public Site updateSite(String actor, SiteName name, SiteSpec spec) {
        Site site = site(name);
        if (!spec.name().value().equalsIgnoreCase(site.name()) && findSite(spec.name()).isPresent()) {
            throw new ConflictException("A site named '" + spec.name() + "' exists already.");
        }
        site.apply(spec, DatabaseTime.now(clock));
        flush("A site named '" + spec.name() + "' exists already.");
        audit.record(actor, "registry.site.update", name.value(), "name=" + spec.name() + " country-code=" + spec.countryCode());
        fire(hostsOf(endpointsOf(site)));
        return site;
    }

    /** Deletes the site; one with endpoints only with {@code cascade}, which deletes them too. */
    public int deleteSite(String actor, SiteName name, boolean cascade) {
        Site site = site(name);
        List<ServiceEndpoint> endpoints = endpointsOf(site);
        if (!endpoints.isEmpty() && !cascade) {
            throw new ConflictException("Site '" + site.name() + "' has " + endpoints.size()
                    + " service endpoint(s); delete them first, or delete with cascade=true.");
        }
        endpoints.forEach(em::remove);
        em.remove(site);
        em.flush();
        audit.record(actor, "registry.site.delete", site.name(), "endpoints-deleted=" + endpoints.size());
        fire(hostsOf(endpoints));
        return endpoints.size();
    }

    // ---- service types

    public List<ServiceType> serviceTypes() {
        return em.createNamedQuery(ServiceType.ALL, ServiceType.class).getResultList();
    }

    public ServiceType createServiceType(String actor, ServiceTypeSpec spec) {
        if (findServiceType(spec.name()).isPresent()) {
            throw new ConflictException("A service type named '" + spec.name() + "' exists already.");
        }
        ServiceType type = new ServiceType(spec);
        em.persist(type);
        flush("A service type named '" + spec.name() + "' exists already.");
        audit.record(actor, "registry.service-type.create", spec.name().value(),
                "lookup-service-type=" + spec.lookupServiceType() + " locator-template=" + spec.locatorTemplate());
        return type;
    }

    // ---- endpoints

    public EndpointPage search(EndpointQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        TypedQuery<ServiceEndpoint> page = em.createQuery("SELECT e FROM ServiceEndpoint e" + where
                + " ORDER BY e.site.name, e.hostName, e.serviceType.name, e.id", ServiceEndpoint.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM ServiceEndpoint e" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ServiceEndpoint> endpoints = page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        return new EndpointPage(endpoints, count.getSingleResult());
    }

    public ServiceEndpoint endpoint(long id) {
        ServiceEndpoint endpoint = em.find(ServiceEndpoint.class, id);
        if (endpoint == null) {
            throw new NotFoundException("No service endpoint with id " + id + ".");
        }
        return endpoint;
    }

    public ServiceEndpoint createEndpoint(String actor, EndpointSpec spec) {
        Site site = site(spec.site());
        ServiceType type = serviceType(spec.serviceType());
        refuseDuplicate(site, type, spec.hostName(), null);
        ServiceEndpoint endpoint = new ServiceEndpoint(site, type, spec, DatabaseTime.now(clock));
        em.persist(endpoint);
        flush(duplicate(site, type, spec.hostName()));
        audit.record(actor, "registry.endpoint.create", spec.hostName().value(), describe(endpoint));
        fire(List.of(endpoint.hostName()));
        return endpoint;
    }

    /** Replaces every field of the endpoint; a new host name fires for the old and the new name. */
    public ServiceEndpoint updateEndpoint(String actor, long id, EndpointSpec spec) {
        ServiceEndpoint endpoint = endpoint(id);
        String oldHost = endpoint.hostName();
        Site site = site(spec.site());
        ServiceType type = serviceType(spec.serviceType());
        refuseDuplicate(site, type, spec.hostName(), endpoint.id());
        endpoint.apply(site, type, spec, DatabaseTime.now(clock));
        flush(duplicate(site, type, spec.hostName()));
        audit.record(actor, "registry.endpoint.update", spec.hostName().value(), describe(endpoint)
                + (oldHost.equals(endpoint.hostName()) ? "" : " renamed-from=" + oldHost));
        fire(List.of(oldHost, endpoint.hostName()));
        return endpoint;
    }

    public void deleteEndpoint(String actor, long id) {
        ServiceEndpoint endpoint = endpoint(id);
        String detail = describe(endpoint);
        em.remove(endpoint);
        em.flush();
        audit.record(actor, "registry.endpoint.delete", endpoint.hostName(), detail);
        fire(List.of(endpoint.hostName()));
    }

    /** Every endpoint of a site, or of all sites when {@code site} is null, for reports. */
    public List<ServiceEndpoint> endpoints(SiteName site) {
        if (site == null) {
            return em.createQuery("SELECT e FROM ServiceEndpoint e ORDER BY e.site.name, e.hostName, e.serviceType.name, e.id",
                    ServiceEndpoint.class).getResultList();
        }
        return endpointsOf(site(site));
    }

    // ---- what the lookup service's sync reads

    /** The endpoints registered on a host (any site, any type); empty when none is (any more). */
    public List<RegisteredEndpoint> endpointsOnHost(String hostName) {
        if (hostName == null) {
            return List.of();
        }
        return em.createNamedQuery(ServiceEndpoint.ON_HOST, ServiceEndpoint.class)
                .setParameter("hostName", hostName.toLowerCase(java.util.Locale.ROOT)).getResultList()
                .stream().map(ServiceEndpoint::registered).toList();
    }

    /** Every host name that carries at least one endpoint, sorted. */
    public List<String> hostNames() {
        return em.createNamedQuery(ServiceEndpoint.HOST_NAMES, String.class).getResultList();
    }

    // ----

    private java.util.Optional<Site> findSite(SiteName name) {
        return em.createNamedQuery(Site.BY_NAME, Site.class)
                .setParameter("lowerName", name.value().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    private java.util.Optional<ServiceType> findServiceType(ServiceTypeName name) {
        return em.createNamedQuery(ServiceType.BY_NAME, ServiceType.class).setParameter("name", name.value())
                .getResultStream().findFirst();
    }

    private ServiceType serviceType(ServiceTypeName name) {
        return findServiceType(name).orElseThrow(() -> new NotFoundException("No service type named '" + name
                + "'; known: " + serviceTypes().stream().map(ServiceType::name).collect(Collectors.joining(", ")) + "."));
    }

    private List<ServiceEndpoint> endpointsOf(Site site) {
        return em.createNamedQuery(ServiceEndpoint.OF_SITE, ServiceEndpoint.class).setParameter("site", site).getResultList();
    }

    private void refuseDuplicate(Site site, ServiceType type, HostName host, Long self) {
        boolean taken = em.createNamedQuery(ServiceEndpoint.IDENTITY, ServiceEndpoint.class)
                .setParameter("site", site).setParameter("hostName", host.value()).setParameter("serviceType", type)
                .getResultStream().anyMatch(other -> self == null || other.id() != self);
        if (taken) {
            throw new ConflictException(duplicate(site, type, host));
        }
    }

    private static String duplicate(Site site, ServiceType type, HostName host) {
        return "Site '" + site.name() + "' already registers " + type.name() + " on " + host + ".";
    }

    /** Writes now, so a unique key another transaction took meanwhile is a 409, not a 500 at commit. */
    private void flush(String conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new ConflictException(conflict); // SQLSTATE class 23: integrity constraint violation
                }
            }
            throw e;
        }
    }

    private void fire(Collection<String> hosts) {
        for (String host : new LinkedHashSet<>(hosts)) {
            hostChanged.fire(new RegisteredHostChanged(host));
        }
    }

    private static Set<String> hostsOf(List<ServiceEndpoint> endpoints) {
        return endpoints.stream().map(ServiceEndpoint::hostName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String describe(ServiceEndpoint e) {
        return "id=" + e.id() + " site=" + e.site().name() + " service-type=" + e.serviceType().name()
                + " ipv4=" + e.ipv4() + " ipv6=" + e.ipv6() + " beta=" + e.beta() + " production=" + e.production()
                + " monitored=" + e.monitored() + " communities=" + e.communities();
    }

    private static String where(EndpointQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.site() != null) {
            conditions.add("LOWER(e.site.name) = :site");
            parameters.put("site", query.site().value().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.serviceType() != null) {
            conditions.add("e.serviceType.name = :serviceType");
            parameters.put("serviceType", query.serviceType().value());
        }
        if (query.host() != null) {
            conditions.add("e.hostName = :host");
            parameters.put("host", query.host().value());
        }
        if (query.community() != null) {
            conditions.add(":community MEMBER OF e.communities");
            parameters.put("community", query.community().value());
        }
        flag(conditions, parameters, "beta", query.beta());
        flag(conditions, parameters, "production", query.production());
        flag(conditions, parameters, "monitored", query.monitored());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void flag(List<String> conditions, Map<String, Object> parameters, String name, Boolean value) {
        if (value != null) {
            conditions.add("e." + name + " = :" + name);
            parameters.put(name, value);
        }
    }
}
