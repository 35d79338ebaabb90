package org.psarchive.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive the integration tests deploy: the very WAR that bin/run starts, at the root context. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        File built = new File("target/psarchive.war");
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing; run the tests through 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
    }
}
