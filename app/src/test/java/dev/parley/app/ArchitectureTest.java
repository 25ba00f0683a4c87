package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.JavadocCheck;
import dev.parley.testkit.ProjectFiles;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void everyPublicTypeAndMethod_hasJavadoc() {
    assertThat(JavadocCheck.undocumented(ProjectFiles.resolve("app/src/main/java"))).isEmpty();
  }
}
