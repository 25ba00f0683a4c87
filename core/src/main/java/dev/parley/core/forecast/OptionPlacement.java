package dev.parley.core.forecast;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.NumericScale;
import dev.parley.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Places a forecast position on an issue's options, honouring the scenario's red lines: the option
 * nearest to the position, the nearest one that no red line forbids, and whose red lines the
 * nearest breaks.
 *
 * <p>Spatial models forecast a point on the 0–100 scale and know nothing of red lines, so a model
 * may forecast an option that some party has said it will never accept. The placement says so
 * instead of hiding it: {@link PlacedOutcome#feasible()} is false and {@link
 * PlacedOutcome#forbiddenBy()} names the parties, and {@link PlacedOutcome#option()} is the nearest
 * option the red lines allow (the first in the issue's order when two are equally near), or null
 * when they allow none. Immutable; built once per scenario, O(options) per placement.
 */
public final class OptionPlacement {
  private final List<Issue> all;
  private final List<IssueId> issues;
  private final List<List<IssueOption>> options;
  private final List<List<List<ActorId>>> forbidders;

  private OptionPlacement(
      List<Issue> all,
      List<IssueId> issues,
      List<List<IssueOption>> options,
      List<List<List<ActorId>>> forbidders) {
    this.all = all;
    this.issues = issues;
    this.options = options;
    this.forbidders = forbidders;
  }

  /** Returns the placement of a scenario's issues, with every profile's red lines in force. */
  public static OptionPlacement of(Scenario scenario) {
    List<IssueId> issues = new ArrayList<>();
    List<List<IssueOption>> options = new ArrayList<>();
    List<List<List<ActorId>>> forbidders = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      issues.add(issue.id());
      options.add(issue.options());
      List<List<ActorId>> by = new ArrayList<>();
      for (IssueOption option : issue.options()) {
        by.add(scenario.forbiddenBy(issue.id(), option.id()));
      }
      forbidders.add(by);
    }
    return new OptionPlacement(
        scenario.issues(), List.copyOf(issues), List.copyOf(options), forbidders);
  }

  /**
   * Returns the placement of a position on an issue.
   *
   * @param issue the issue's id
   * @param position the forecast, on the issue's 0–100 scale
   * @throws IllegalArgumentException if the issue is not the scenario's
   */
  public PlacedOutcome place(IssueId issue, double position) {
    int i = issues.indexOf(issue);
    if (i < 0) {
      throw new IllegalArgumentException("expected an issue of the scenario, but found " + issue);
    }
    List<IssueOption> opts = options.get(i);
    int nearest = -1;
    int allowed = -1;
    for (int o = 0; o < opts.size(); o++) {
      double distance = Math.abs(opts.get(o).position() - position);
      if (nearest < 0 || distance < Math.abs(opts.get(nearest).position() - position)) {
        nearest = o;
      }
      if (forbidders.get(i).get(o).isEmpty()
          && (allowed < 0 || distance < Math.abs(opts.get(allowed).position() - position))) {
        allowed = o;
      }
    }
    if (nearest < 0) {
      return new PlacedOutcome(issue, position, null, null, false, List.of());
    }
    List<ActorId> by = forbidders.get(i).get(nearest);
    return new PlacedOutcome(
        issue,
        position,
        opts.get(nearest).id(),
        allowed < 0 ? null : opts.get(allowed).id(),
        by.isEmpty(),
        by);
  }

  /**
   * Returns how a report names an option of an issue: its id, or its value with the unit on a
   * numeric issue ({@link Issue#display(String)}).
   */
  public String display(IssueId issue, String option) {
    int i = issues.indexOf(issue);
    return i < 0 ? option : all.get(i).display(option);
  }

  /**
   * Returns the range of a numeric issue, or null for an issue with named options or one outside
   * the scenario.
   */
  public @Nullable NumericScale numeric(IssueId issue) {
    int i = issues.indexOf(issue);
    return i < 0 ? null : all.get(i).numeric();
  }

  /**
   * A forecast position placed on an issue's options.
   *
   * @param position the model's forecast on the issue's 0–100 scale
   * @param nearest the option nearest to it, or null for an issue without options
   * @param option the nearest option no red line forbids, or null when the red lines forbid all
   * @param feasible whether {@code nearest} is allowed by every red line
   * @param forbiddenBy the actors whose red lines forbid {@code nearest}, in profile order
   */
  public record PlacedOutcome(
      IssueId issue,
      double position,
      @Nullable String nearest,
      @Nullable String option,
      boolean feasible,
      List<ActorId> forbiddenBy) {
    /** Validates and copies the fields. */
    public PlacedOutcome {
      Objects.requireNonNull(issue, "issue");
      forbiddenBy = List.copyOf(forbiddenBy);
    }
  }
}
