package dev.parley.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project itself (examples, docs), found from any module's working directory. */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** Returns the project root: the nearest ancestor directory holding {@code mvnw}. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("core"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new AssertionError("expected to run inside the Parley project, but found no mvnw above");
  }

  /** Returns a path relative to the project root. */
  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
