package dev.parley.ingest.extract.claim;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "with", "no", "by");

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
      boolean unlisted = e.issue().value().equals("other") || e.issue().value().equals("summit");
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
      Issue scenarioIssue = unlisted ? null : scenarioIssue(e.issue(), issues);
      String option = scenarioIssue == null ? null : option(scenarioIssue, lower);
      if (scenarioIssue == null) {
        // The scenario's own words: the option whose label the sentence names best, on any issue,
        // so that a scenario about cranes or wages needs no built-in vocabulary.
        for (Issue i : issues) {
          String o = option(i, lower);
          if (o != null
              && (option == null || share(i, o, lower) > share(scenarioIssue, option, lower))) {
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

  /**
   * The scenario issue an event's vocabulary issue denotes: the one with the same id, else the one
   * whose id or name contains all of the vocabulary issue's words ("nato" in "nato-membership").
   */
  private static @Nullable Issue scenarioIssue(IssueId vocabulary, List<Issue> issues) {
    for (Issue i : issues) {
      if (i.id().equals(vocabulary)) {
        return i;
      }
    }
    String[] words = vocabulary.value().split("_", -1);
    for (Issue i : issues) {
      String haystack = (i.id().value() + " " + i.name()).toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String w : words) {
        all &= haystack.contains(w);
      }
      if (all) {
        return i;
      }
    }
    return null;
  }

  /** The share of an option's label content words that the sentence names. */
  private static double share(@Nullable Issue issue, String optionId, String sentence) {
    if (issue == null) {
      return 0;
    }
    for (IssueOption o : issue.options()) {
      if (o.id().equals(optionId)) {
        return labelShare(o, sentence);
      }
    }
    return 0;
  }

  private static double labelShare(IssueOption o, String sentence) {
    int content = 0;
    int found = 0;
    for (String w : o.label().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (w.isEmpty() || STOP.contains(w)) {
        continue;
      }
      content++;
      if (sentence.contains(w)) {
        found++;
      }
    }
    return content == 0 ? 0 : (double) found / content;
  }

  /** The option whose label's content words the sentence names most completely, if over half. */
  private static @Nullable String option(Issue issue, String sentence) {
    String best = null;
    double bestShare = 0.5;
    for (IssueOption o : issue.options()) {
      double share = labelShare(o, sentence);
      if (share > bestShare) {
        bestShare = share;
        best = o.id();
      }
    }
    return best;
  }
}
