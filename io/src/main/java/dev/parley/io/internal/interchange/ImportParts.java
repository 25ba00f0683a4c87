package dev.parley.io.internal.interchange;

import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.internal.text.InputText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a scenario that importers build the same way: discrete options spread evenly over
 * the 0–100 scale, actor ids from file names, and stances that give every option's utility.
 */
public final class ImportParts {
  /** The largest domain or profile file accepted, in bytes. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private ImportParts() {}

  /**
   * Reads a file's bytes within {@link #MAX_BYTES}, or adds a diagnostic ({@code not-a-file},
   * {@code file-too-large}, {@code file-unreadable}, {@code empty-file}, ...) and returns null.
   */
  public static byte @Nullable [] readBytes(Path file, List<LocatedDiagnostic> sink) {
    byte[] bytes =
        InputText.readBytes(
            file,
            MAX_BYTES,
            "a domain or profile file",
            "domain and profile files are small; check that this is the right file",
            sink);
    if (bytes != null && InputText.isBlank(bytes)) {
      sink.add(
          InputText.empty(
              file.toString(), "a domain or profile", "check that this is the right file"));
      return null;
    }
    return bytes;
  }

  /**
   * Returns the named options of a categorical issue, placed evenly from 0 to 100 by their place in
   * the list ({@link Issue#listPosition(int, int)}); the issue they belong to is unordered, so the
   * positions only tell them apart.
   */
  public static List<IssueOption> discreteOptions(List<String> values) {
    List<IssueOption> options = new ArrayList<>(values.size());
    int n = values.size();
    for (int k = 0; k < n; k++) {
      options.add(new IssueOption(values.get(k), values.get(k), Issue.listPosition(k, n)));
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

  /** What an importer read from a domain file. */
  public record ImportedDomain(String title, List<Issue> issues) {}

  /**
   * Builds and validates the scenario of an import: one actor per profile file (named after it),
   * each with the profile {@code readProfile} reads, the domain's issues and the format's utility
   * model. Returns a failure if the domain or any profile had an error; the diagnostics so far are
   * in {@code diagnostics}.
   *
   * @param format the format's name for the description, such as "GENIUS"
   * @param domain the domain read, or null if it could not be
   * @param readProfile reads one profile file for an actor; null when it reported an error
   * @param places where the domain's and the profiles' values were read, for the validator's
   *     findings
   */
  public static LoadResult<Scenario> assemble(
      String format,
      Path domainFile,
      List<Path> profileFiles,
      @Nullable ImportedDomain domain,
      UtilityModel utility,
      BiFunction<Path, ActorId, @Nullable ActorProfile> readProfile,
      List<LocatedDiagnostic> diagnostics,
      ImportPlaces places) {
    List<Actor> actors = new ArrayList<>();
    List<ActorProfile> profiles = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Path file : profileFiles) {
      ActorId id = actorId(file, used);
      actors.add(new Actor(id, id.value(), ActorKind.ORGANIZATION, List.of(), List.of()));
      if (domain != null) {
        ActorProfile profile = readProfile.apply(file, id);
        if (profile != null) {
          profiles.add(profile);
        }
      }
    }
    if (domain == null || diagnostics.stream().anyMatch(LocatedDiagnostic::isError)) {
      return LoadResult.failure(diagnostics);
    }
    List<String> names = profileFiles.stream().map(ImportParts::fileName).toList();
    Scenario scenario =
        new Scenario(
            stem(domainFile),
            domain.title(),
            "Imported from the "
                + format
                + " domain "
                + fileName(domainFile)
                + " with the profiles "
                + String.join(", ", names)
                + ".",
            null,
            utility,
            actors,
            domain.issues(),
            profiles,
            List.of(),
            List.of());
    for (Diagnostic d : ScenarioValidator.validate(scenario)) {
      diagnostics.add(places.locate(d, domainFile.toString()));
    }
    return diagnostics.stream().anyMatch(LocatedDiagnostic::isError)
        ? LoadResult.failure(diagnostics)
        : new LoadResult<>(scenario, diagnostics, SourceMap.empty());
  }
}
