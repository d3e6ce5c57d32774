package org.kindred;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The arrows of docs/architecture.md, checked on the compiled classes: each rule fails naming the class
 * and the dependency it should not have (file and line).
 */
class ArchitectureTest {

    private static final JavaClasses KINDRED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kindred");

    @Test
    void theDomainImportsNoOtherLayerAndNoTechnologyButJpa() {
        classes().that().resideInAPackage("org.kindred.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.kindred.domain..", "java..",
                        "jakarta.persistence..")
                .check(KINDRED);
    }

    @Test
    void theApplicationUsesTheDomainAndDeclaresPortsForTheRest() {
        noClasses().that().resideInAPackage("org.kindred.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kindred.infrastructure..",
                        "org.kindred.interfaces..")
                .check(KINDRED);
        classes().that().resideInAPackage("org.kindred.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.kindred.application..",
                        "org.kindred.domain..", "java..", "jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.transaction..", "jakarta.annotation..", "javax.crypto..",
                        // a unique-key violation on flush, turned into a message (docs/architecture.md)
                        "jakarta.persistence..")
                .check(KINDRED);
    }

    @Test
    void nothingDependsOnTheInterfaces() {
        noClasses().that().resideOutsideOfPackage("org.kindred.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("org.kindred.interfaces..")
                .check(KINDRED);
    }

    @Test
    void pagesAndResourcesCallTheApplicationNotTheInfrastructure() {
        // but the credential a page completes a sign-in with, once it has checked a second factor (ADR 0023)
        noClasses().that().resideInAPackage("org.kindred.interfaces..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        JavaClass.Predicates.resideInAPackage("org.kindred.infrastructure.."),
                        com.tngtech.archunit.base.DescribedPredicate.not(JavaClass.Predicates.equivalentTo(
                                org.kindred.infrastructure.security.VerifiedCaller.class))))
                .check(KINDRED);
        // the JSON API reaches the web channel only for the signed-in person, shared by both channels
        noClasses().that().resideInAPackage("org.kindred.interfaces.rest..")
                .should().dependOnClassesThat().resideInAPackage("org.kindred.interfaces.web..")
                .andShould().dependOnClassesThat().doNotHaveFullyQualifiedName("org.kindred.interfaces.CurrentPerson")
                .check(KINDRED);
        // SCIM is a channel of its own: a bearer token, never the session, the pages or the JSON API
        noClasses().that().resideInAPackage("org.kindred.interfaces.scim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kindred.interfaces.web..",
                        "org.kindred.interfaces.rest..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kindred.interfaces.CurrentPerson")
                .check(KINDRED);
    }

    /**
     * The channels call use cases named for what they do: a {@code *Service} changes something (and
     * reads what its pages need), a {@code *Views} only reads. Ports (interfaces) may be injected too;
     * the sign-in throttle is the web channel's one collaborator, as signing in is its job.
     */
    @Test
    void theChannelsCallUseCasesNamedServiceOrViews() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.kindred.interfaces..")
                .and().areAnnotatedWith(jakarta.inject.Inject.class)
                .and().haveRawType(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("org.kindred.application.."))
                .should().haveRawType(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Service")
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Views"))
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES)
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("LoginThrottle")))
                .check(KINDRED);
    }

    /** Each library, and the packages that alone may import it. */
    static Stream<Arguments> libraries() {
        return Stream.of(
                Arguments.of("net.fortuna.ical4j..", new String[] {"org.kindred.infrastructure.calendar.."}),
                Arguments.of("jakarta.mail..", new String[] {"org.kindred.infrastructure.mail.."}),
                Arguments.of("com.icegreen..", new String[] {"org.kindred.infrastructure.mail.."}),
                Arguments.of("org.flywaydb..", new String[] {"org.kindred.infrastructure.persistence.."}),
                Arguments.of("org.eclipse.persistence..", new String[] {"org.kindred.infrastructure.persistence.."}),
                Arguments.of("org.ojalgo..", new String[] {"org.kindred.infrastructure.disclosure.."}),
                Arguments.of("org.apache.commons.csv..", new String[] {"org.kindred.infrastructure.csv.."}),
                Arguments.of("dev.samstevens.totp..", new String[] {"org.kindred.infrastructure.totp.."}),
                Arguments.of("com.google.zxing..", new String[] {"org.kindred.infrastructure.totp.."}),
                Arguments.of("com.nimbusds..", new String[] {"org.kindred.infrastructure.oidc.."}),
                Arguments.of("org.eclipse.microprofile.config..", new String[] {"org.kindred.infrastructure.config.."}),
                Arguments.of("org.eclipse.microprofile.health..", new String[] {"org.kindred.infrastructure.health.."}),
                Arguments.of("org.eclipse.microprofile.openapi..", new String[] {"org.kindred.interfaces.rest.."}),
                Arguments.of("jakarta.ws.rs..", new String[] {"org.kindred.interfaces.rest.."}),
                Arguments.of("jakarta.faces..", new String[] {"org.kindred.interfaces.web.."}),
                Arguments.of("org.primefaces..", new String[] {"org.kindred.interfaces.web.."}),
                Arguments.of("org.omnifaces..", new String[] {"org.kindred.interfaces.web.."}),
                // signing in and knowing who is signed in are the web channel's, with the request at hand
                Arguments.of("jakarta.security.enterprise..", new String[] {"org.kindred.infrastructure.security..",
                        "org.kindred.interfaces.web..", "org.kindred.interfaces"}));
    }

    @ParameterizedTest(name = "{0} only in its package")
    @MethodSource("libraries")
    void eachLibraryIsImportedInItsOnePackage(String library, String[] allowed) {
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAPackage(library)
                .check(KINDRED);
    }

    /** More classes than this in one folder is a flat list to scroll, not a concept (docs/architecture.md). */
    private static final int MOST_CLASSES_PER_PACKAGE = 20;

    /**
     * Packages are split by concept, and stay split: a package of main source that grows past
     * {@value #MOST_CLASSES_PER_PACKAGE} top-level classes (nested ones and package-info not counted)
     * wants a concept of its own.
     */
    @Test
    void noPackageHoldsMoreThanTwentyClasses() {
        Map<String, List<String>> byPackage = KINDRED.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(groupingBy(JavaClass::getPackageName, TreeMap::new, mapping(JavaClass::getSimpleName, toList())));
        List<String> crowded = byPackage.entrySet().stream()
                .filter(e -> e.getValue().size() > MOST_CLASSES_PER_PACKAGE)
                .map(e -> e.getKey() + " holds " + e.getValue().size() + " classes: " + e.getValue().stream().sorted().toList())
                .toList();
        assertEquals(List.of(), crowded, "packages over " + MOST_CLASSES_PER_PACKAGE + " classes; split them by concept");
    }

    @Test
    void noPackageCyclesAtAnyLevel() {
        slices().matching("org.kindred.(*)..").should().beFreeOfCycles().check(KINDRED);
        slices().matching("org.kindred.(*).(*)..").should().beFreeOfCycles().check(KINDRED);
        slices().matching("org.kindred.(**)").should().beFreeOfCycles().check(KINDRED);
    }
}
