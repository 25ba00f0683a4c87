package dev.parley.io.deu;

import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.SourceMap;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.delimited.DelimitedText;
import dev.parley.io.internal.delimited.DelimitedText.Row;
import dev.parley.io.internal.text.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DEU table ({@code deu3.csv}: DEU III, which contains DEU I and II) into issues.
 *
 * <p>The file is tab-separated with a header row; fields may be quoted. The columns used are {@code
 * prnr} (proposal), {@code prname}, {@code isnr} (issue), {@code out} (outcome), {@code rp}
 * (reference point), and for each actor {@code p<code>} (position) and {@code s<code>} (salience),
 * the actors being {@code com} (Commission), {@code ep} (Parliament) and the member states by their
 * DEU codes ({@link #ACTORS}). An actor whose position column is absent is absent from every issue.
 *
 * <p>Conventions (research/anchors-forecasting.md §3.3):
 *
 * <ul>
 *   <li>Positions, saliences, reference points and outcomes lie in [0, 100]. An empty field is
 *       missing; so is a value of 900 or more, the dataset's missing-data codes (999 and the like).
 *       Any other value outside [0, 100] is missing too, with a {@code deu-range} warning.
 *   <li>A missing salience counts as 0.
 *   <li>A row without proposal and issue id is not an issue and is skipped silently (the public
 *       copy's second line holds GDP figures).
 * </ul>
 *
 * <p>A bad row does not stop the reading: it is skipped with a warning, and the others load.
 * Problems with the file as a whole (unreadable, no header, a required column missing, no issue
 * with an outcome) are errors.
 */
public final class DeuReader {
  /** The DEU actor codes, in the order issues list them. */
  public static final List<String> ACTORS =
      List.of(
          "com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el", "hu",
          "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es", "se", "uk");

  /** The largest file accepted, in bytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final String WHAT = "a DEU table";
  private static final String HEADER = "deu-header";
  private static final String ROW = "deu-row";
  private static final String VALUE = "deu-value";
  private static final String RANGE = "deu-range";

  private final String name;
  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();

  private DeuReader(String name) {
    this.name = name;
  }

  /** Reads the DEU table in a file. */
  public static LoadResult<DeuDataset> read(Path file) {
    DeuReader reader = new DeuReader(file.toString());
    return reader.run(DelimitedText.read(file, '\t', MAX_BYTES, WHAT, reader.diagnostics));
  }

  /** Reads a DEU table from the bytes of a file; {@code name} names it in diagnostics. */
  public static LoadResult<DeuDataset> read(String name, byte[] bytes) {
    DeuReader reader = new DeuReader(name);
    if (bytes.length > MAX_BYTES) {
      reader.diagnostics.add(tooLarge(name, bytes.length));
      return LoadResult.failure(reader.diagnostics);
    }
    return reader.run(DelimitedText.read(name, bytes, '\t', WHAT, reader.diagnostics));
  }

  private static LocatedDiagnostic tooLarge(String name, long size) {
    return LocatedDiagnostic.error(
        name,
        "file-too-large",
        TextPosition.UNKNOWN,
        "expected " + WHAT + " of at most " + MAX_BYTES + " bytes, but found " + size,
        "check that this is the right file");
  }

  private LoadResult<DeuDataset> run(@Nullable List<Row> rows) {
    if (rows == null) {
      return LoadResult.failure(diagnostics);
    }
    Row header = rows.get(0);
    Map<String, Integer> column = new HashMap<>();
    for (int k = 0; k < header.size(); k++) {
      column.putIfAbsent(header.text(k), k);
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("prnr", "isnr", "out")) {
      if (!column.containsKey(required)) {
        missing.add(required);
      }
    }
    List<String> actors = new ArrayList<>();
    for (String actor : ACTORS) {
      if (column.containsKey("p" + actor)) {
        actors.add(actor);
        if (!column.containsKey("s" + actor)) {
          missing.add("s" + actor);
        }
      }
    }
    if (actors.isEmpty()) {
      missing.add("a position column such as pcom or pde");
    }
    if (!missing.isEmpty()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              HEADER,
              header.position(0),
              "expected a tab-separated DEU header with the columns prnr, isnr, out and p<actor>,"
                  + " s<actor> for each actor, but "
                  + String.join(", ", missing)
                  + (missing.size() == 1 ? " is" : " are")
                  + " missing",
              "use the DEU III table (deu3.csv) as published, with its header row"));
      return LoadResult.failure(diagnostics);
    }
    List<DeuIssue> issues = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row row : rows.subList(1, rows.size())) {
      DeuIssue issue = issue(row, header.size(), column, actors);
      if (issue == null) {
        continue;
      }
      if (!seen.add(issue.issue())) {
        diagnostics.add(
            LocatedDiagnostic.warning(
                name,
                ROW,
                row.position(required(column, "isnr")),
                "expected each issue once, but found "
                    + Excerpt.quoted(issue.issue())
                    + " again; row skipped",
                "remove the repeated row"));
        continue;
      }
      issues.add(issue);
    }
    DeuDataset dataset = new DeuDataset(name, issues);
    if (dataset.scoredIssues().isEmpty()) {
      diagnostics.add(
          LocatedDiagnostic.error(
              name,
              "deu-no-issues",
              TextPosition.UNKNOWN,
              "expected at least one issue with an outcome and a position, but found none among "
                  + issues.size()
                  + " issues",
              "check that this is the DEU table and that its out column is filled"));
      return LoadResult.failure(diagnostics);
    }
    return new LoadResult<>(dataset, diagnostics, SourceMap.empty());
  }

  private @Nullable DeuIssue issue(
      Row row, int width, Map<String, Integer> column, List<String> actors) {
    if (row.size() != width) {
      diagnostics.add(
          LocatedDiagnostic.warning(
              name,
              ROW,
              row.position(Math.min(row.size(), width) - 1),
              "expected "
                  + width
                  + " tab-separated fields, as in the header, but found "
                  + row.size()
                  + "; row skipped",
              "check that the row's fields are separated by tabs, one per header column"));
      return null;
    }
    String proposal = row.text(required(column, "prnr"));
    String id = row.text(required(column, "isnr"));
    if (proposal.isEmpty() && id.isEmpty()) {
      return null;
    }
    if (proposal.isEmpty() || id.isEmpty()) {
      int at = required(column, proposal.isEmpty() ? "prnr" : "isnr");
      diagnostics.add(
          LocatedDiagnostic.warning(
              name,
              ROW,
              row.position(at),
              "expected both a proposal id (prnr) and an issue id (isnr), but found only one; row"
                  + " skipped",
              "give every issue its proposal and issue ids"));
      return null;
    }
    Integer nameColumn = column.get("prname");
    String proposalName = nameColumn == null ? "" : row.text(nameColumn);
    List<Double> positions = new ArrayList<>(ACTORS.size());
    List<Double> saliences = new ArrayList<>(ACTORS.size());
    for (String actor : ACTORS) {
      if (actors.contains(actor)) {
        positions.add(value(row, required(column, "p" + actor)));
        double salience = value(row, required(column, "s" + actor));
        saliences.add(Double.isNaN(salience) ? 0.0 : salience);
      } else {
        positions.add(Double.NaN);
        saliences.add(0.0);
      }
    }
    Integer rp = column.get("rp");
    double reference = rp == null ? Double.NaN : value(row, rp);
    double outcome = value(row, required(column, "out"));
    return new DeuIssue(
        proposal, proposalName, id, row.line(), ACTORS, positions, saliences, reference, outcome);
  }

  /** Returns the index of a column that {@code run} has checked the header has. */
  private static int required(Map<String, Integer> column, String name) {
    return Objects.requireNonNull(
        column.get(name),
        () -> "expected column " + name + ", checked in the header, but found none");
  }

  /** Returns a value on the 0–100 scale, or NaN if it is missing (with a warning if malformed). */
  private double value(Row row, int index) {
    String text = row.text(index);
    if (text.isEmpty()) {
      return Double.NaN;
    }
    double v = DelimitedText.number(text);
    if (Double.isNaN(v)) {
      diagnostics.add(
          LocatedDiagnostic.warning(
              name,
              VALUE,
              row.position(index),
              "expected a number in [0, 100] or an empty field, but found "
                  + Excerpt.quoted(text)
                  + "; read as missing",
              "leave a field empty when the value is unknown"));
      return Double.NaN;
    }
    if (v >= 0 && v <= 100) {
      return v;
    }
    if (v < 900) {
      diagnostics.add(
          LocatedDiagnostic.warning(
              name,
              RANGE,
              row.position(index),
              "expected a value in [0, 100] or a missing-data code of 900 or more, but found "
                  + Excerpt.of(text)
                  + "; read as missing",
              "positions, saliences, reference points and outcomes are on the 0-100 scale"));
    }
    return Double.NaN;
  }
}
