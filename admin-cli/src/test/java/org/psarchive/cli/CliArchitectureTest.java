package org.psarchive.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The CLI is a client of the admin REST API (docs/cli.md): it shares no code with the server, so it
 * runs with nothing but its shaded jar and can never bypass the API's rules.
 */
@AnalyzeClasses(locations = ThisModule.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule cliUsesNoServerCode = noClasses()
            .should().dependOnClassesThat(resideInAPackage("org.psarchive..")
                    .and(resideOutsideOfPackage("org.psarchive.cli..")))
            .because("the CLI talks to the server over HTTP only");

    @ArchTest
    static final ArchRule cliUsesNoServerApis = noClasses()
            .should().dependOnClassesThat(resideInAPackage("jakarta..")
                    .and(resideOutsideOfPackage("jakarta.json..")))
            .because("of Jakarta EE the CLI needs JSON-P alone, shaded into its jar with Parsson");
}
