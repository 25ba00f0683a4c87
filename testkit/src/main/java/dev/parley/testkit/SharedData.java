package dev.parley.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared articles and test data that live beside the project in {@code ../shared}.
 *
 * <p>The data is not part of the project and is read at test time only. When it is absent (a user's
 * clone), tests that need it are skipped with a message; when the environment says {@code CI=true},
 * its absence fails the test instead, so CI never passes by skipping.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * Returns the shared folder, or skips the calling test (fails it on CI) when it is absent.
   *
   * <p>The folder is {@code $PARLEY_SHARED} if set, else {@code ../shared} from the project root.
   */
  public static Path root() {
    Path root = locate();
    if (root == null) {
      String message =
          "the shared test data (../shared beside the project, or $PARLEY_SHARED) is absent";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(message + ", and CI=true requires it");
      }
      Assumptions.abort(message + "; skipping");
    }
    return root;
  }

  /** Returns a path inside the shared folder, skipping or failing as {@link #root()} does. */
  public static Path resolve(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      throw new AssertionError("expected " + path + " in the shared data, but it is missing");
    }
    return path;
  }

  private static @Nullable Path locate() {
    String env = System.getenv("PARLEY_SHARED");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared").normalize();
      if (Files.isDirectory(candidate.resolve("data"))) {
        return candidate;
      }
    }
    return null;
  }
}
