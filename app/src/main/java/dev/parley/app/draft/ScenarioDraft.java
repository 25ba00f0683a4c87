package dev.parley.app.draft;

import dev.parley.core.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario drafted from the evidence of a workspace, with what it was drafted from: the actors
 * ranked by prominence, the candidate issues and options with the evidence that suggests each, the
 * stated positions that give the stances, and the assumptions that fill in what the evidence does
 * not say, each with what would settle it.
 *
 * @param scenario the drafted scenario, which validates as it is
 * @param header the comment at the top of the YAML file
 * @param comments the YAML comments by model path ({@code profiles/russia/reservation})
 * @param documents how many documents the workspace holds
 * @param evidence how many evidence items (mentions included) the draft read
 * @param actors the actors, most prominent first
 * @param issues the candidate issues, the best attested first, as far as the draft keeps them
 * @param leftOut the candidate issues left out of the scenario (attested too thinly to keep)
 * @param positions the stances each bargaining party states, by party then issue
 * @param assumptions every value the evidence does not give
 */
public record ScenarioDraft(
    Scenario scenario,
    String header,
    Map<String, String> comments,
    int documents,
    int evidence,
    List<DraftActor> actors,
    List<CandidateIssue> issues,
    List<CandidateIssue> leftOut,
    List<StatedPosition> positions,
    List<AssumedValue> assumptions) {
  /** Copies the fields. */
  public ScenarioDraft {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(header, "header");
    comments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    actors = List.copyOf(actors);
    issues = List.copyOf(issues);
    leftOut = List.copyOf(leftOut);
    positions = List.copyOf(positions);
    assumptions = List.copyOf(assumptions);
  }

  /** Returns how many actors bargain (have a profile). */
  public int parties() {
    return scenario.profiles().size();
  }

  /** Returns how many values cite evidence: the stances' ideals and the red lines. */
  public int citedValues() {
    int n = 0;
    for (var p : scenario.profiles()) {
      n +=
          (int)
              p.stances().values().stream().filter(s -> !s.ideal().basis().isAssumption()).count();
      n += (int) p.redLines().stream().filter(r -> !r.basis().evidence().isEmpty()).count();
    }
    return n;
  }

  /**
   * An actor of the draft and how prominent the workspace makes it.
   *
   * @param id the actor's id in the scenario
   * @param workspaceId the actor's id in the workspace's evidence ({@code RUS}, {@code putin})
   * @param rank 1 for the most prominent
   * @param documents how many documents mention it
   * @param mentions how many times the documents mention it
   * @param evidence how many quotes, events, positions and predictions involve it
   * @param party whether it bargains in the draft (has a profile)
   */
  public record DraftActor(
      String id,
      String workspaceId,
      int rank,
      int documents,
      int mentions,
      int evidence,
      boolean party) {}

  /**
   * A candidate issue: a topic on which actors demand, propose, accept or reject something.
   *
   * @param id the issue's id
   * @param name the issue's name
   * @param topic {@code vocabulary} when the extractor's issue vocabulary named the topic, {@code
   *     words} when the draft grouped the statements by a word they share
   * @param evidence the evidence ids of every statement on the topic
   * @param options the drafted options, from the demand not met to the demand met
   */
  public record CandidateIssue(
      String id, String name, String topic, List<String> evidence, List<CandidateOption> options) {
    /** Copies the lists. */
    public CandidateIssue {
      evidence = List.copyOf(evidence);
      options = List.copyOf(options);
    }
  }

  /**
   * A drafted option and the statements that suggest it.
   *
   * @param position the option's place on the issue's 0-100 scale
   * @param evidence the evidence ids that ask for it (or, for the demand not met, reject the
   *     demand)
   */
  public record CandidateOption(String id, String label, double position, List<String> evidence) {
    /** Copies the list. */
    public CandidateOption {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * What one party states on one issue, as counted from the evidence.
   *
   * @param actor the party's id
   * @param issue the issue's id
   * @param ideal the drafted ideal position, 0-100: the share of its statements that support the
   *     demand
   * @param supports how many of its statements demand, propose or accept the demand
   * @param rejects how many reject it
   * @param redLines how many of the rejections say never or call it a red line
   * @param evidence the statements' evidence ids
   */
  public record StatedPosition(
      String actor,
      String issue,
      double ideal,
      int supports,
      int rejects,
      int redLines,
      List<String> evidence) {
    /** Copies the list. */
    public StatedPosition {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A value the evidence does not give, written as an assumption.
   *
   * @param path the value's model path
   * @param value the value written
   * @param note the note the scenario gives it
   * @param settle what evidence would settle it
   */
  public record AssumedValue(String path, double value, String note, String settle) {}
}
