package org.psarchive.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** A hosting site (GOCDB's Site): a unique name, the country it is in, a description. */
@Entity
@Table(name = "reg_site")
@NamedQuery(name = Site.BY_NAME, query = "SELECT s FROM Site s WHERE LOWER(s.name) = :lowerName")
@NamedQuery(name = Site.ALL, query = "SELECT s FROM Site s ORDER BY s.name")
public class Site {

    static final String BY_NAME = "Site.byName";
    static final String ALL = "Site.all";

    @Id
    @TableGenerator(name = "reg_site_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "reg_site", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reg_site_ids")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(length = 255)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "updated_at", nullable = false)
    private Instant updated;

    protected Site() {
    }

    Site(SiteSpec spec, Instant now) {
        this.created = now;
        apply(spec, now);
    }

    final void apply(SiteSpec spec, Instant now) {
        name = spec.name().value();
        countryCode = spec.countryCode().value();
        description = spec.description() == null ? null : spec.description().value();
        updated = now;
    }

    Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String countryCode() {
        return countryCode;
    }

    public String description() {
        return description;
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }
}
