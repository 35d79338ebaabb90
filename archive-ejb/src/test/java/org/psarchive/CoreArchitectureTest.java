package org.psarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared core's rules (docs/architecture.md): its packages depend only downwards, platform ←
 * account ← archive, and never on the registry, the lookup service, the web layer, the collector or
 * the CLI, which all live in other modules and depend on it.
 */
@AnalyzeClasses(locations = ThisModule.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule corePackagesDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("platform").definedBy("org.psarchive.platform..")
            .layer("account").definedBy("org.psarchive.account..")
            .layer("archive").definedBy("org.psarchive.archive..")
            .whereLayer("platform").mayNotAccessAnyLayer()
            .whereLayer("account").mayOnlyAccessLayers("platform")
            .whereLayer("archive").mayOnlyAccessLayers("account", "platform");

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.psarchive.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.psarchive.account..", "org.psarchive.archive..",
                    "org.psarchive.registry..", "org.psarchive.lookup..", "org.psarchive.web..",
                    "org.psarchive.snmp..", "org.psarchive.cli..")
            .because("every feature builds on the platform, so the platform can know none of them");

    @ArchTest
    static final ArchRule coreNeverDependsOnTheWebModuleOrTheCollector = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.psarchive.registry..", "org.psarchive.lookup..",
                    "org.psarchive.web..", "org.psarchive.snmp..", "org.psarchive.cli..")
            .because("in the EAR the EJB module cannot see the web module's classes (docs/adr/0003)");

    @ArchTest
    static final ArchRule jsonPFactoriesOnlyThroughJsonp = noClasses()
            .that().doNotHaveFullyQualifiedName("org.psarchive.platform.json.Jsonp")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
            .orShould().callMethod("jakarta.json.spi.JsonProvider", "provider")
            .because("each call of jakarta.json.Json looks the JSON-P provider up again through the server's"
                    + " class loaders (0.1 ms on Payara): use org.psarchive.platform.json.Jsonp");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that().doNotHaveFullyQualifiedName("org.psarchive.platform.time.SystemClock")
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
