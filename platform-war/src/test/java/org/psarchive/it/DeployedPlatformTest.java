package org.psarchive.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of black-box tests against the platform WAR deployed on Payara Micro (one Micro per test
 * class): the deployment, an HTTP client at the server's root, and the admin API with the server's token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedPlatformTest {

    @ArquillianResource
    private URL deploymentUrl;

    protected Http http;
    protected AdminClient admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @BeforeEach
    void connectToThePlatform() {
        http = new Http(deploymentUrl);
        admin = new AdminClient(http);
    }
}
