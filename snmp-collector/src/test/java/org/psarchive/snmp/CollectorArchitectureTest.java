package org.psarchive.snmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The collector's rules (docs/architecture.md, "A poll"): SNMP4J behind one adapter, the collector built on
 * the archive and the platform only, and its core free of the container. The module is still being written, so each rule also
 * passes while it holds no class yet ({@code allowEmptyShould}).
 */
@AnalyzeClasses(locations = ThisModule.class)
class CollectorArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheSnmp4jAdapterImportsSnmp4j = noClasses()
            .that().resideOutsideOfPackage("org.psarchive.snmp.client.snmp4j..")
            .should().dependOnClassesThat().resideInAPackage("org.snmp4j..")
            .because("the protocol sits behind the SnmpClient interface: scheduling, rate math and the sink"
                    + " are tested without SNMP4J, and a change of library touches one package")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule collectorBuildsOnTheArchiveAndThePlatformOnly = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.psarchive.registry..", "org.psarchive.lookup..",
                    "org.psarchive.web..", "org.psarchive.cli..")
            .because("the collector is an EJB module beside archive-ejb: it cannot see the web module's classes")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theCoreStaysFreeOfTheContainer = noClasses()
            .that().resideInAnyPackage("org.psarchive.snmp.client..", "org.psarchive.snmp.mib..",
                    "org.psarchive.snmp.probe..", "org.psarchive.snmp.poll..", "org.psarchive.snmp.rate..",
                    "org.psarchive.snmp.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.psarchive.platform..",
                    "org.psarchive.account..", "org.psarchive.archive..", "org.psarchive.snmp.target..")
            .because("protocol, poll model, rate math and scheduling are tested without a server; the targets"
                    + " (org.psarchive.snmp.target) are where the collector meets the container and the database")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the collector's beans take the time from the injected Clock (platform.time.SystemClock) and"
                    + " hand it to the core, whose tests move a clock by hand");

    @ArchTest
    static final ArchRule settingsComeByInjection = noClasses()
            .should().callMethod(org.eclipse.microprofile.config.ConfigProvider.class, "getConfig")
            .because("settings are injected (@Inject Config), so a test constructs a class with settings of its own");

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
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.psarchive.(**)").should().beFreeOfCycles()
            .allowEmptyShould(true);
}
