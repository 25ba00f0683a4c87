package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ArchitectureRules;
import dev.parley.testkit.JavadocCheck;
import dev.parley.testkit.ProjectFiles;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void everyPublicTypeAndMethod_hasJavadoc() {
    assertThat(JavadocCheck.undocumented(ProjectFiles.resolve("store/src/main/java"))).isEmpty();
  }

  @Test
  void packages_haveNoCycles() {
    ArchitectureRules.noPackageCycles("dev.parley.store")
        .check(ArchitectureRules.mainClasses("dev.parley.store"));
  }
}
