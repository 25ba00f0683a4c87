package dev.parley.ingest.extract.claim;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.ingest.extract.text.SectionedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's issues as the vocabulary of extraction: which scenario issue (and option) a sentence
 * speaks of, read from the scenario's own words (issue ids and names, option labels), so that a
 * scenario about cranes or wages needs no built-in vocabulary. Events whose built-in issue the
 * scenario does not have are relabelled with the scenario issue the sentence names.
 */
public final class ScenarioIssues {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "scenario-issues.txt";

  private static final Set<String> STOP =
      SectionedWords.of(ScenarioIssues.class, RESOURCE).words("stop");

  private ScenarioIssues() {}

  /**
   * Returns the events with each one's issue taken from the scenario: the scenario issue the
   * built-in issue denotes, else the one whose option label or name the sentence names best; an
   * event the scenario's words do not reach keeps its issue. With no issues, the events as given.
   */
  public static List<EventMention> relabel(
      String text, List<EventMention> events, List<Issue> issues) {
    if (issues.isEmpty()) {
      return events;
    }
    List<EventMention> out = new ArrayList<>(events.size());
    TextSpan lastSpan = null;
    String lower = "";
    for (EventMention e : events) {
      if (!e.provenance().sentence().equals(lastSpan)) {
        lastSpan = e.provenance().sentence();
        lower = lastSpan.of(text).toLowerCase(Locale.ROOT);
      }
      IssueId issue = e.issue();
      Issue denoted = issue == null || unlisted(issue) ? null : denoted(issue, issues);
      Issue named = denoted != null ? denoted : named(lower, issues);
      out.add(named == null || named.id().equals(issue) ? e : withIssue(e, named.id()));
    }
    return out;
  }

  /** Returns whether a built-in issue is no issue at all ("other") or only a meeting. */
  static boolean unlisted(IssueId issue) {
    return issue.value().equals("other") || issue.value().equals("summit");
  }

  /**
   * The scenario issue a built-in issue denotes: the one with the same id, else the one whose id or
   * name contains all of the built-in issue's words ("nato" in "nato-membership").
   */
  static @Nullable Issue denoted(IssueId vocabulary, List<Issue> issues) {
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

  /**
   * The scenario issue a lower-cased sentence names best: by an option's label (more than half of
   * its content words), else by the issue's own name (more than half of its content words).
   */
  static @Nullable Issue named(String lower, List<Issue> issues) {
    Issue best = null;
    double bestShare = 0;
    for (Issue i : issues) {
      String o = option(i, lower);
      double s = o == null ? 0 : share(i, o, lower);
      if (s > bestShare) {
        best = i;
        bestShare = s;
      }
    }
    if (best != null) {
      return best;
    }
    bestShare = 0.5;
    for (Issue i : issues) {
      double s = share(i.name() + " " + i.id().value().replace('-', ' '), lower);
      if (s > bestShare) {
        best = i;
        bestShare = s;
      }
    }
    return best;
  }

  /** The option whose label's content words the sentence names most completely, if over half. */
  static @Nullable String option(Issue issue, String lower) {
    String best = null;
    double bestShare = 0.5;
    for (IssueOption o : issue.options()) {
      double share = share(o.label(), lower);
      if (share > bestShare) {
        bestShare = share;
        best = o.id();
      }
    }
    return best;
  }

  /** The share of an option's label content words that the sentence names. */
  static double share(@Nullable Issue issue, String optionId, String lower) {
    if (issue == null) {
      return 0;
    }
    for (IssueOption o : issue.options()) {
      if (o.id().equals(optionId)) {
        return share(o.label(), lower);
      }
    }
    return 0;
  }

  /** The share of a phrase's distinct content words that the sentence contains. */
  private static double share(String phrase, String lower) {
    Set<String> words = new java.util.LinkedHashSet<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        words.add(w);
      }
    }
    int found = 0;
    for (String w : words) {
      if (lower.contains(w)) {
        found++;
      }
    }
    return words.isEmpty() ? 0 : (double) found / words.size();
  }

  private static EventMention withIssue(EventMention e, IssueId issue) {
    return new EventMention(
        e.action(),
        e.plover(),
        e.mode(),
        e.contexts(),
        e.sources(),
        e.targets(),
        e.negated(),
        e.future(),
        e.hypothetical(),
        issue,
        e.trigger(),
        e.provenance());
  }
}
