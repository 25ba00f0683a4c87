package dev.parley.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.parley.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The web module reaches the model only through app (docs/adr/0013): it reads core's value records
 * and calls the result writers the command line calls, never the workspace, ingestion or an engine.
 */
class ArchitectureTest {
  @Test
  void web_neverOpensTheWorkspaceOrIngests() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.parley.store..", "dev.parley.ingest..", "dev.parley.cli..")
        .because("the workspace and ingestion are app's use cases' (docs/adr/0012, 0013)")
        .check(ArchitectureRules.mainClasses("dev.parley.web"));
  }

  @Test
  void web_usesOnlyTheDiagnosticsAndResultWritersOfIo() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.web..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.parley.io..")
                .and(
                    JavaClass.Predicates.resideOutsideOfPackages(
                        "dev.parley.io.diagnostic..", "dev.parley.io.result..")))
        .because("web writes the command line's JSON and reads no file format itself")
        .check(ArchitectureRules.mainClasses("dev.parley.web"));
  }

  @Test
  void web_documentsEveryPublicType() {
    org.assertj.core.api.Assertions.assertThat(
            dev.parley.testkit.JavadocCheck.undocumented(
                dev.parley.testkit.ProjectFiles.resolve("web/src/main/java")))
        .isEmpty();
  }

  @Test
  void web_hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles("dev.parley.web")
        .allowEmptyShould(true)
        .check(ArchitectureRules.mainClasses("dev.parley.web"));
  }
}
