package dev.parley.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules every module's ArchitectureTest checks (STYLE.md §2.7). */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** Returns the production classes of the packages under the given root. */
  public static JavaClasses mainClasses(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /** Core touches no files, network, database, console or framework: it is pure computation. */
  public static ArchRule coreIsFreeOfIoAndFrameworks() {
    return noClasses()
        .that()
        .resideInAPackage("dev.parley.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.net..",
            "java.nio.file..",
            "java.nio.channels..",
            "java.sql..",
            "javax.sql..",
            "java.awt..",
            "javax.swing..",
            "picocli..",
            "io.javalin..",
            "org.apache.spark..",
            "org.apache.lucene..",
            "tools.jackson..",
            "com.fasterxml..",
            "dev.parley.io..",
            "dev.parley.ingest..",
            "dev.parley.store..",
            "dev.parley.app..",
            "dev.parley.cli..",
            "dev.parley.web..")
        .because("core is a pure, deterministic model and algorithms (docs/adr/0001)");
  }

  /** Packages of a module do not depend on each other in a cycle. */
  public static ArchRule noPackageCycles(String rootPackage) {
    return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
  }

  /** Nothing outside a module uses its {@code internal} packages. */
  public static ArchRule internalStaysInside(String modulePackage) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(modulePackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(modulePackage + "..internal..");
  }
}
