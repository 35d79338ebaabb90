package org.psarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * registry-war's rules (docs/architecture.md): the web layer calls services and nothing calls the web
 * layer; the registry builds on the platform and accounts, the lookup service on those and the
 * registry (whose changes it publishes); neither uses the archive.
 */
@AnalyzeClasses(locations = ThisModule.class)
class WebModuleArchitectureTest {

    @ArchTest
    static final ArchRule packagesDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("web").definedBy("org.psarchive.web..")
            .layer("lookup").definedBy("org.psarchive.lookup..")
            .layer("registry").definedBy("org.psarchive.registry..")
            .layer("archive").definedBy("org.psarchive.archive..")
            .layer("account").definedBy("org.psarchive.account..")
            .layer("platform").definedBy("org.psarchive.platform..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("lookup").mayOnlyAccessLayers("registry", "account", "platform")
            .whereLayer("registry").mayOnlyAccessLayers("account", "platform");

    @ArchTest
    static final ArchRule servicesNeverDependOnTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("org.psarchive.web..")
            .should().dependOnClassesThat().resideInAPackage("org.psarchive.web..")
            .because("resources call services, never the other way round: a service serves REST, CLI and timers alike");

    @ArchTest
    static final ArchRule jsonPFactoriesOnlyThroughJsonp = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
            .orShould().callMethod("jakarta.json.spi.JsonProvider", "provider")
            .because("each call of jakarta.json.Json looks the JSON-P provider up again through the server's"
                    + " class loaders (0.1 ms on Payara): use org.psarchive.platform.json.Jsonp");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("services take the time from the injected Clock (platform.time.SystemClock), so tests of"
                    + " leases, expiry and retention set it instead of waiting for it");

    @ArchTest
    static final ArchRule settingsComeByInjection = noClasses()
            .should().callMethod(org.eclipse.microprofile.config.ConfigProvider.class, "getConfig")
            .because("settings are injected (@Inject Config, or a producer of the feature's settings record),"
                    + " so a test constructs a class with settings of its own and no static holder outlives it");

    @ArchTest
    static final ArchRule enterpriseBeansLeaveSqlToDataAccessClasses = noClasses()
            .that().areAnnotatedWith(jakarta.ejb.Stateless.class).or().areAnnotatedWith(jakarta.ejb.Singleton.class)
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("JDBC statement creation",
                    call -> call.getTarget().getOwner().isAssignableTo(java.sql.Connection.class)
                            && (call.getTarget().getName().startsWith("prepare")
                                    || call.getTarget().getName().equals("createStatement"))))
            .because("services keep the rules and transactions; SQL and row mapping live in *Store/*Table classes"
                    + " with tests of their own against MariaDB and H2 (docs/architecture.md)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.psarchive.(**)").should().beFreeOfCycles();
}
