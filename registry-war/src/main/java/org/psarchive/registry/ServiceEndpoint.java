package org.psarchive.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service endpoint (GOCDB's Service Endpoint): one service type on one host of one site, with its
 * addresses, description, flags and communities. Unique per (site, host name, service type).
 */
@Entity
@Table(name = "reg_endpoint")
@NamedQuery(name = ServiceEndpoint.IDENTITY, query = "SELECT e FROM ServiceEndpoint e"
        + " WHERE e.site = :site AND e.hostName = :hostName AND e.serviceType = :serviceType")
@NamedQuery(name = ServiceEndpoint.OF_SITE, query = "SELECT e FROM ServiceEndpoint e WHERE e.site = :site ORDER BY e.id")
@NamedQuery(name = ServiceEndpoint.ON_HOST, query = "SELECT e FROM ServiceEndpoint e WHERE e.hostName = :hostName"
        + " ORDER BY e.site.name, e.serviceType.name, e.id")
@NamedQuery(name = ServiceEndpoint.HOST_NAMES, query = "SELECT DISTINCT e.hostName FROM ServiceEndpoint e ORDER BY e.hostName")
public class ServiceEndpoint {

    static final String IDENTITY = "ServiceEndpoint.identity";
    static final String OF_SITE = "ServiceEndpoint.ofSite";
    static final String ON_HOST = "ServiceEndpoint.onHost";
    static final String HOST_NAMES = "ServiceEndpoint.hostNames";

    @Id
    @TableGenerator(name = "reg_endpoint_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "reg_endpoint", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reg_endpoint_ids")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_type_id", nullable = false)
    private ServiceType serviceType;

    @Column(name = "host_name", nullable = false, length = 255)
    private String hostName;

    @Column(length = 15)
    private String ipv4;

    @Column(length = 39)
    private String ipv6;

    @Column(length = 255)
    private String description;

    @Column(nullable = false)
    private boolean beta;

    @Column(nullable = false)
    private boolean production;

    @Column(nullable = false)
    private boolean monitored;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reg_endpoint_community", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "community", length = 64)
    private Set<String> communities = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "updated_at", nullable = false)
    private Instant updated;

    protected ServiceEndpoint() {
    }

    ServiceEndpoint(Site site, ServiceType serviceType, EndpointSpec spec, Instant now) {
        this.created = now;
        apply(site, serviceType, spec, now);
    }

    final void apply(Site newSite, ServiceType newType, EndpointSpec spec, Instant now) {
        site = newSite;
        serviceType = newType;
        hostName = spec.hostName().value();
        ipv4 = spec.ipv4() == null ? null : spec.ipv4().value();
        ipv6 = spec.ipv6() == null ? null : spec.ipv6().value();
        description = spec.description() == null ? null : spec.description().value();
        beta = spec.beta();
        production = spec.production();
        monitored = spec.monitored();
        Set<String> wanted = new TreeSet<>();
        spec.communities().forEach(community -> wanted.add(community.value()));
        communities.retainAll(wanted);
        communities.addAll(wanted);
        updated = now;
    }

    public long id() {
        return id;
    }

    public Site site() {
        return site;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public String hostName() {
        return hostName;
    }

    public String ipv4() {
        return ipv4;
    }

    public String ipv6() {
        return ipv6;
    }

    public String description() {
        return description;
    }

    public boolean beta() {
        return beta;
    }

    public boolean production() {
        return production;
    }

    public boolean monitored() {
        return monitored;
    }

    /** The communities, sorted. */
    public List<String> communities() {
        return List.copyOf(new TreeSet<>(communities));
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    /** This endpoint as the lookup service's sync reads it. */
    public RegisteredEndpoint registered() {
        return new RegisteredEndpoint(id, site.name(), site.countryCode(), serviceType.name(),
                serviceType.lookupServiceType(), serviceType.locator(hostName), hostName, ipv4, ipv6, description,
                beta, production, monitored, communities());
    }
}
