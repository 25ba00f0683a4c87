package dev.parley.io.bdm;

import dev.parley.core.forecast.SpatialProblem;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.delimited.DelimitedText;
import dev.parley.io.internal.delimited.DelimitedText.Row;
import dev.parley.io.internal.text.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a BdM actor table, the CSV of the open expected-utility implementations (jmckib/dmasad's
 * {@code ExampleActors.csv}, the shared {@code data/bdm/}), into a one-dimension spatial problem.
 *
 * <p>The header names the columns {@code Actor}, {@code Capability}, {@code Position} and {@code
 * Salience} in any order and case; other columns are ignored, and so are empty fields after the
 * last column. Each further row is an actor. Capabilities are non-negative; positions are on any
 * scale, which becomes the dimension's bounds (lowest to highest position); saliences are shares in
 * [0, 1], or percentages in [0, 100] when any salience in the file exceeds 1 (they are then divided
 * by 100). The dimension is named after the file. Every problem in the file is reported, each at
 * its line and column; a file with an error yields no problem.
 */
public final class BdmReader {
  /** The largest file accepted, in bytes. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final String WHAT = "a BdM actor table";
  private static final String HEADER = "bdm-header";
  private static final String ROW = "bdm-row";
  private static final String VALUE = "bdm-value";
  private static final List<String> COLUMNS =
      List.of("actor", "capability", "position", "salience");

  private BdmReader() {}

  /** Reads the actor table in a file; the dimension is named after the file. */
  public static LoadResult<SpatialProblem> read(Path file) {
    List<LocatedDiagnostic> diagnostics = new ArrayList<>();
    List<Row> rows = DelimitedText.read(file, ',', MAX_BYTES, WHAT, diagnostics);
    return read(file.toString(), rows, diagnostics);
  }

  /**
   * Reads an actor table from the bytes of a file; {@code name} names it in diagnostics, and its
   * stem names the dimension.
   */
  public static LoadResult<SpatialProblem> read(String name, byte[] bytes) {
    List<LocatedDiagnostic> diagnostics = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              "file-too-large",
              TextPosition.UNKNOWN,
              "expected " + WHAT + " of at most " + MAX_BYTES + " bytes, but found " + bytes.length,
              "check that this is the right file"));
      return LoadResult.failure(diagnostics);
    }
    return read(name, DelimitedText.read(name, bytes, ',', WHAT, diagnostics), diagnostics);
  }

  private static LoadResult<SpatialProblem> read(
      String name, @Nullable List<Row> rows, List<LocatedDiagnostic> diagnostics) {
    if (rows == null) {
      return LoadResult.failure(diagnostics);
    }
    Row header = rows.get(0);
    // where each of COLUMNS is in the header, -1 where it is missing
    int[] at = new int[COLUMNS.size()];
    Arrays.fill(at, -1);
    for (int k = 0; k < header.size(); k++) {
      int c = COLUMNS.indexOf(header.text(k).toLowerCase(Locale.ROOT));
      if (c >= 0 && at[c] < 0) {
        at[c] = k;
      }
    }
    List<String> missing =
        COLUMNS.stream()
            .filter(c -> at[COLUMNS.indexOf(c)] < 0)
            .map(c -> Character.toUpperCase(c.charAt(0)) + c.substring(1))
            .toList();
    if (!missing.isEmpty()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              HEADER,
              header.position(0),
              "expected a header with the columns Actor, Capability, Position and Salience, but "
                  + String.join(", ", missing)
                  + (missing.size() == 1 ? " is" : " are")
                  + " missing",
              "start the file with the line Actor,Capability,Position,Salience"));
      return LoadResult.failure(diagnostics);
    }
    int actorAt = at[COLUMNS.indexOf("actor")];
    int capabilityAt = at[COLUMNS.indexOf("capability")];
    int positionAt = at[COLUMNS.indexOf("position")];
    int salienceAt = at[COLUMNS.indexOf("salience")];
    int width = Arrays.stream(at).max().orElse(0) + 1;
    List<String> actors = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean percent = false;
    for (Row row : rows.subList(1, rows.size())) {
      if (row.size() < width) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                ROW,
                row.position(row.size() - 1),
                "expected at least " + width + " fields, but found " + row.size(),
                "give every actor its name, capability, position and salience"));
        continue;
      }
      String actor = row.text(actorAt);
      boolean ok = true;
      if (actor.isEmpty()) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                VALUE,
                row.position(actorAt),
                "expected an actor's name, but found an empty field",
                "name every actor"));
        ok = false;
      } else if (!seen.add(actor)) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                VALUE,
                row.position(actorAt),
                "expected each actor once, but found " + Excerpt.quoted(actor) + " again",
                "merge the two rows or rename one actor"));
        ok = false;
      }
      double capability = number(row, capabilityAt, "capability", name, diagnostics);
      if (capability < 0) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                VALUE,
                row.position(capabilityAt),
                "expected a capability of at least 0, but found "
                    + Excerpt.of(row.text(capabilityAt)),
                "capabilities are resources or clout; use 0 for an actor without any"));
        ok = false;
      }
      double position = number(row, positionAt, "position", name, diagnostics);
      double salience = number(row, salienceAt, "salience", name, diagnostics);
      if (salience < 0 || salience > 100) {
        diagnostics.add(
            LocatedDiagnostic.error(
                name,
                VALUE,
                row.position(salienceAt),
                "expected a salience in [0, 1] or [0, 100], but found "
                    + Excerpt.of(row.text(salienceAt)),
                "saliences are shares of attention: 0.8 or 80 for 80 %"));
        ok = false;
      }
      if (!ok || Double.isNaN(capability) || Double.isNaN(position) || Double.isNaN(salience)) {
        continue;
      }
      percent |= salience > 1;
      actors.add(actor);
      values.add(new double[] {capability, position, salience});
    }
    if (diagnostics.stream().noneMatch(LocatedDiagnostic::isError) && actors.size() < 2) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              ROW,
              header.position(0),
              "expected at least 2 actors, but found " + actors.size(),
              "add a row per actor after the header"));
    }
    if (diagnostics.stream().anyMatch(LocatedDiagnostic::isError)) {
      return LoadResult.failure(diagnostics);
    }
    int n = actors.size();
    double[] capability = new double[n];
    double[][] position = new double[n][1];
    double[][] salience = new double[n][1];
    double lower = Double.POSITIVE_INFINITY;
    double upper = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double[] v = values.get(i);
      capability[i] = v[0];
      position[i][0] = v[1];
      salience[i][0] = percent ? v[2] / 100 : v[2];
      lower = Math.min(lower, v[1]);
      upper = Math.max(upper, v[1]);
    }
    String stem = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = stem.lastIndexOf('.');
    SpatialProblem problem =
        new SpatialProblem(
            actors,
            List.of(dot > 0 ? stem.substring(0, dot) : stem),
            capability,
            position,
            salience,
            new double[] {lower},
            new double[] {upper},
            new double[] {Double.NaN});
    return new LoadResult<>(problem, diagnostics, SourceMap.empty());
  }

  private static double number(
      Row row, int column, String what, String file, List<LocatedDiagnostic> sink) {
    String text = row.text(column);
    double value = DelimitedText.number(text);
    if (!Double.isNaN(value)) {
      return value;
    }
    sink.add(
        LocatedDiagnostic.error(
            file,
            VALUE,
            row.position(column),
            "expected the " + what + " as a number, but found " + Excerpt.quoted(text),
            "write numbers with a decimal point, such as 0.16"));
    return Double.NaN;
  }
}
