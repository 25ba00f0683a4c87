package dev.parley.ingest.extract.claim;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Infers the positions actors state on the scenario's issues from the events that express them: a
 * demand, a rejection, a proposal or an acceptance on an issue, linked to the issue's option whose
 * label the sentence names.
 *
 * <p>A rejection the text calls permanent or non-negotiable ("never", "red line") is a red line.
 * Each claim keeps the event's provenance, so it can always say what it was derived from.
 */
public final class PositionInferrer {
  /** The stage's name in provenance. */
  public static final String NAME = "position-inferrer";

  /** The version of the stage's rules. */
  public static final String VERSION = "1";

  private PositionInferrer() {}

  /**
   * Returns the positions the events express.
   *
   * @param text the document's text, to read the sentences of the events
   * @param issues the scenario's issues, whose option labels are matched; may be empty
   */
  public static List<PositionClaim> infer(
      String text, List<EventMention> events, List<Issue> issues) {
    List<PositionClaim> out = new ArrayList<>();
    TextSpan lastSpan = null;
    String sentence = "";
    String lower = "";
    for (EventMention e : events) {
      if (!e.isFactual() || e.issue() == null) {
        continue;
      }
      Stance stance =
          switch (e.action()) {
            case DEMAND -> Stance.DEMANDS;
            case REJECT -> Stance.REJECTS;
            case PROPOSE -> Stance.PROPOSES;
            case ACCEPT -> Stance.ACCEPTS;
            default -> null;
          };
      boolean unlisted = ScenarioIssues.unlisted(e.issue());
      if (stance == null || (unlisted && issues.isEmpty())) {
        continue;
      }
      // the events of a sentence come together: read and lower-case each sentence once
      if (!e.provenance().sentence().equals(lastSpan)) {
        lastSpan = e.provenance().sentence();
        sentence = lastSpan.of(text);
        lower = sentence.toLowerCase(Locale.ROOT);
      }
      if (stance == Stance.REJECTS
          && (lower.contains("never")
              || lower.contains("red line")
              || lower.contains("non-negotiable"))) {
        stance = Stance.RED_LINE;
      }
      Issue scenarioIssue = unlisted ? null : ScenarioIssues.denoted(e.issue(), issues);
      String option = scenarioIssue == null ? null : ScenarioIssues.option(scenarioIssue, lower);
      if (scenarioIssue == null) {
        // The scenario's own words: the option whose label the sentence names best, on any issue,
        // so that a scenario about cranes or wages needs no built-in vocabulary.
        for (Issue i : issues) {
          String o = ScenarioIssues.option(i, lower);
          if (o != null
              && (option == null
                  || ScenarioIssues.share(i, o, lower)
                      > ScenarioIssues.share(scenarioIssue, option, lower))) {
            scenarioIssue = i;
            option = o;
          }
        }
        if (scenarioIssue == null && unlisted) {
          continue;
        }
      }
      IssueId issue = scenarioIssue == null ? e.issue() : scenarioIssue.id();
      for (ActorId actor : e.sources()) {
        out.add(
            new PositionClaim(
                actor,
                stance,
                issue,
                option,
                sentence,
                e.trigger(),
                new Provenance(
                    e.provenance().document(),
                    e.provenance().span(),
                    e.provenance().sentence(),
                    NAME,
                    VERSION,
                    e.provenance().confidence() * 0.9)));
      }
    }
    return out;
  }
}
