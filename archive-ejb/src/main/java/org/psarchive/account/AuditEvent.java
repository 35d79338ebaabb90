package org.psarchive.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** One administrative action: who did what to which target, and when. Never holds a key. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.NEWEST, query = "SELECT e FROM AuditEvent e ORDER BY e.at DESC, e.id DESC")
public class AuditEvent {

    static final String NEWEST = "AuditEvent.newest";

    @Id
    @TableGenerator(name = "audit_event_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "audit_event", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_event_ids")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 150)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 255)
    private String target;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }
}
