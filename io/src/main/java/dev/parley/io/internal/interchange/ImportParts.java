package dev.parley.io.internal.interchange;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a scenario that importers build the same way: discrete options spread evenly over
 * the 0–100 scale, actor ids from file names, and stances that give every option's utility.
 */
public final class ImportParts {
  /** The largest domain or profile file accepted, in bytes. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private ImportParts() {}

  /** Reads a file's bytes within {@link #MAX_BYTES}, or adds a diagnostic and returns null. */
  public static byte @Nullable [] readBytes(Path file, List<LocatedDiagnostic> sink) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        sink.add(
            error(
                name,
                "file-too-large",
                TextPosition.UNKNOWN,
                "expected a file of at most " + MAX_BYTES + " bytes, but found " + size,
                "domain and profile files are small; check that this is the right file"));
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
        sink.add(
            error(
                name,
                "empty-file",
                TextPosition.UNKNOWN,
                "expected a domain or profile, but found an empty file",
                "check that this is the right file"));
        return null;
      }
      return bytes;
    } catch (IOException e) {
      sink.add(
          error(
              name,
              "file-unreadable",
              TextPosition.UNKNOWN,
              "expected a readable file, but reading failed: " + e,
              "check that the file exists and that you may read it"));
      return null;
    }
  }

  /** Returns an error placed in a file. */
  public static LocatedDiagnostic error(
      String file, String code, TextPosition at, String message, String hint) {
    return new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at);
  }

  /** Returns a warning placed in a file. */
  public static LocatedDiagnostic warning(
      String file, String code, TextPosition at, String message, String hint) {
    return new LocatedDiagnostic(
        Diagnostic.warning(code, ModelPath.root(), message, hint), file, at);
  }

  /**
   * Returns named options in order, placed evenly from 0 to 100: option k of n at {@code 100 · k /
   * (n − 1)}, a single option at 0.
   */
  public static List<IssueOption> discreteOptions(List<String> values) {
    List<IssueOption> options = new ArrayList<>(values.size());
    int n = values.size();
    for (int k = 0; k < n; k++) {
      double position = n == 1 ? 0 : 100.0 * k / (n - 1);
      options.add(new IssueOption(values.get(k), values.get(k), position));
    }
    return options;
  }

  /** Returns the file's name without its extension. */
  public static String stem(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Returns the file's name. */
  public static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /**
   * Returns an actor id from the file name's stem, made unique among those used by a suffix {@code
   * -2}, {@code -3}, ...
   */
  public static ActorId actorId(Path file, Set<String> used) {
    String base = stem(file);
    String id = base;
    for (int k = 2; !used.add(id); k++) {
      id = base + "-" + k;
    }
    return ActorId.of(id);
  }

  /**
   * Returns a stance that gives each option's utility exactly, with the weight as salience and as
   * ideal the position of the first best option.
   *
   * @param utilities each option's utility, in the issue's option order
   */
  public static IssueStance stance(Issue issue, double weight, double[] utilities, Basis basis) {
    Map<String, Estimate> values = new LinkedHashMap<>();
    double best = Double.NEGATIVE_INFINITY;
    double ideal = 0;
    for (int k = 0; k < utilities.length; k++) {
      IssueOption option = issue.options().get(k);
      values.put(option.id(), Estimate.of(utilities[k], basis));
      if (utilities[k] > best) {
        best = utilities[k];
        ideal = option.position();
      }
    }
    return new IssueStance(Estimate.of(ideal, basis), Estimate.of(weight, basis), values);
  }
}
