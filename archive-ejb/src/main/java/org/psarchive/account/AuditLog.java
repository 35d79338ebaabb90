package org.psarchive.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.psarchive.platform.jpa.DatabaseTime;
import org.psarchive.platform.error.InvalidInputException;

/** The record of administrative actions, written in the transaction of the action itself. */
@Stateless
public class AuditLog {

    @Inject
    private Clock clock;

    public static final int MAX_LIMIT = 1000;

    @PersistenceContext(unitName = "psarchive")
    private EntityManager em;

    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEvent(DatabaseTime.now(clock), actor, action, target, detail));
    }

    public List<AuditEvent> newest(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be 1 to " + MAX_LIMIT + " (got " + limit + ").");
        }
        return em.createNamedQuery(AuditEvent.NEWEST, AuditEvent.class).setMaxResults(limit).getResultList();
    }
}
