package org.psarchive.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A kind of service endpoint (GOCDB's Service Type), kept as data: its name, a description, and what
 * the lookup service publishes for it (the sLS {@code service-type} and a locator template in which
 * {@code {host}} stands for the endpoint's host name).
 */
@Entity
@Table(name = "reg_service_type")
@NamedQuery(name = ServiceType.BY_NAME, query = "SELECT t FROM ServiceType t WHERE t.name = :name")
@NamedQuery(name = ServiceType.ALL, query = "SELECT t FROM ServiceType t ORDER BY t.name")
public class ServiceType {

    static final String BY_NAME = "ServiceType.byName";
    static final String ALL = "ServiceType.all";
    static final String HOST = "{host}";

    @Id
    @TableGenerator(name = "reg_service_type_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "reg_service_type", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reg_service_type_ids")
    private Long id;

    @Column(name = "service_type_name", nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 255)
    private String description;

    @Column(name = "lookup_service_type", nullable = false, length = 64)
    private String lookupServiceType;

    @Column(name = "locator_template", nullable = false, length = 255)
    private String locatorTemplate;

    protected ServiceType() {
    }

    ServiceType(ServiceTypeSpec spec) {
        this.name = spec.name().value();
        this.description = spec.description().value();
        this.lookupServiceType = spec.lookupServiceType();
        this.locatorTemplate = spec.locatorTemplate();
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String lookupServiceType() {
        return lookupServiceType;
    }

    public String locatorTemplate() {
        return locatorTemplate;
    }

    /** The locator of this service on {@code host}. */
    public String locator(String host) {
        return locatorTemplate.replace(HOST, host);
    }
}
