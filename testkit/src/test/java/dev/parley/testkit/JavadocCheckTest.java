package dev.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocCheckTest {
  @Test
  void undocumented_findsPublicDeclarationsWithoutComments(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("A.java"),
        """
        package x;

        /** Documented. */
        public final class A {
          /** Documented. */
          public static int one() {
            return 1;
          }

          public int two() {
            return 2;
          }

          @Override
          public String toString() {
            return "";
          }

          /** Documented despite the annotation. */
          @Deprecated
          public A() {}

          public record R(int x) {}
        }
        """);
    assertThat(JavadocCheck.undocumented(dir))
        .containsExactly("A.java:10: public int two() {", "A.java:23: public record R(int x) {}");
  }
}
