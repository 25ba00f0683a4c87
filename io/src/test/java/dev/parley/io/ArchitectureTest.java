package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.parley.testkit.ArchitectureRules;
import dev.parley.testkit.JavadocCheck;
import dev.parley.testkit.ProjectFiles;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES = ArchitectureRules.mainClasses("dev.parley.io");

  @Test
  void packages_haveNoCycles() {
    ArchitectureRules.noPackageCycles("dev.parley.io").check(CLASSES);
  }

  @Test
  void everyPublicTypeAndMethod_hasJavadoc() {
    assertThat(JavadocCheck.undocumented(ProjectFiles.resolve("io/src/main/java"))).isEmpty();
  }
}
