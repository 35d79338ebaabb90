package org.psarchive.snmp.target;

import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * The one {@link SecretBox} of this server, its key found ({@link SnmpSecretKey}) at the first request that
 * seals or opens a secret, never at start-up: a lost key fails those requests with a clear message while
 * everything else (listing targets included) keeps working. A failure is not remembered, so a restored key
 * file is found without a restart; a key once found is kept until the server stops.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TargetSecrets {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Config config;

    private volatile SecretBox box;

    public SecretBox box() {
        SecretBox current = box;
        if (current == null) {
            synchronized (this) {
                if (box == null) {
                    String configured = config.getOptionalValue("psarchive.snmp.key", String.class).orElse(null);
                    box = new SecretBox(SnmpSecretKey.resolve(configured, DatabaseSettings.dataDirectory(),
                            this::sealedSecrets));
                }
                current = box;
            }
        }
        return current;
    }

    private long sealedSecrets() {
        try {
            return new TargetStore(dataSource).sealedSecrets();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the stored SNMP secrets", e);
        }
    }
}
