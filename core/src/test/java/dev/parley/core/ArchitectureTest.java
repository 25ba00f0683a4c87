package dev.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.parley.testkit.ArchitectureRules;
import dev.parley.testkit.JavadocCheck;
import dev.parley.testkit.ProjectFiles;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CORE = ArchitectureRules.mainClasses("dev.parley.core");

  @Test
  void core_isFreeOfIoAndFrameworks() {
    ArchitectureRules.coreIsFreeOfIoAndFrameworks().check(CORE);
  }

  @Test
  void core_hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles("dev.parley.core").check(CORE);
  }

  @Test
  void everyPublicTypeAndMethod_hasJavadoc() {
    assertThat(JavadocCheck.undocumented(ProjectFiles.resolve("core/src/main/java"))).isEmpty();
  }

  @Test
  void internalPackages_areUsedOnlyInsideTheirParent() {
    ArchitectureRules.internalStaysInside("dev.parley.core.bargain").check(CORE);
  }
}
