package dev.parley.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ArchitectureRules;
import dev.parley.testkit.JavadocCheck;
import dev.parley.testkit.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The report reads what app's use case returns (core's value records among it) and never loads,
 * stores or ingests anything itself (docs/adr/0011).
 */
class ArchitectureTest {
  @Test
  void report_neverUsesIoIngestOrStore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.parley.io..", "dev.parley.ingest..", "dev.parley.store..")
        .check(ArchitectureRules.mainClasses("dev.parley.report"));
  }

  @Test
  void report_documentsEveryPublicType() {
    assertThat(JavadocCheck.undocumented(ProjectFiles.resolve("report/src/main/java"))).isEmpty();
  }
}
