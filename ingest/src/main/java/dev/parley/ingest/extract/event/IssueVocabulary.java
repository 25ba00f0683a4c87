package dev.parley.ingest.extract.event;

import dev.parley.core.model.IssueId;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default issues of a peace negotiation and the words that signal them; the vocabulary of the
 * gold standard (territory, nato, security_guarantees, sanctions, frozen_assets, ceasefire,
 * military_limits, summit, prisoners, nuclear_plant, aid, peace_deal, other).
 *
 * <p>Issues are listed in priority order: when a stretch of text signals several, the most specific
 * wins (a nuclear plant over territory, NATO membership over security guarantees).
 */
public final class IssueVocabulary {
  /** The issue of anything the vocabulary does not cover. */
  public static final IssueId OTHER = IssueId.of("other");

  /** The issue of meetings, calls and talks whose topic is not stated. */
  public static final IssueId SUMMIT = IssueId.of("summit");

  private static final Map<String, String[]> ISSUES = new LinkedHashMap<>();

  static {
    ISSUES.put(
        "nuclear_plant",
        new String[] {
          "nuclear plant", "nuclear power plant", "power plant", "the plant", "reactor"
        });
    ISSUES.put("prisoners", new String[] {"prisoner", "prisoners", "pows", "prisoner exchange"});
    ISSUES.put(
        "frozen_assets",
        new String[] {
          "frozen assets",
          "frozen russian assets",
          "asset seizure",
          "russian assets",
          "reparations loan"
        });
    ISSUES.put("ceasefire", new String[] {"ceasefire", "cease-fire", "truce", "armistice"});
    ISSUES.put(
        "nato",
        new String[] {
          "nato membership",
          "join nato",
          "joining nato",
          "nato troops",
          "neutrality",
          "neutral",
          "nato accession",
          "membership in nato",
          "nato forces",
          "nato alliance"
        });
    ISSUES.put(
        "military_limits",
        new String[] {
          "size of ukraine's military", "size of the army", "limits on", "limitations on",
          "military capabilities", "size of ukraine's army", "demilitarization", "army size",
          "cap on"
        });
    ISSUES.put(
        "sanctions",
        new String[] {"sanctions", "sanction", "tariffs", "tariff", "economic pressure"});
    ISSUES.put(
        "security_guarantees",
        new String[] {
          "security guarantees",
          "security guarantee",
          "guarantees",
          "assurances",
          "protection",
          "security",
          "deterrence",
          "peacekeepers",
          "peacekeeping",
          "nato-like",
          "defense of",
          "protections",
          "defend"
        });
    ISSUES.put(
        "territory",
        new String[] {
          "territory", "territories", "land", "occupied", "annexed", "annex", "annexation",
              "crimea",
          "donbas", "donbass", "donetsk", "luhansk", "kherson", "buffer zone", "advance",
              "advances",
          "battlefield", "cession", "regions", "region", "withdrawal from", "sovereignty over"
        });
    ISSUES.put(
        "aid", new String[] {"aid", "loan", "weapons", "arms supplies", "military assistance"});
    ISSUES.put(
        "summit",
        new String[] {
          "summit", "meeting", "meet", "talks", "face-to-face", "level of representatives",
          "round of talks", "call", "delegation", "trilateral", "bilateral", "negotiating table"
        });
    ISSUES.put(
        "peace_deal",
        new String[] {
          "peace plan",
          "peace deal",
          "settlement",
          "peace process",
          "peace agreement",
          "conditions",
          "terms",
          "peace",
          "negotiations",
          "memorandum",
          "peace efforts",
          "proposals",
          "deal"
        });
  }

  private static final List<String> NAMES = new ArrayList<>(ISSUES.keySet());
  private static final List<List<String[]>> PHRASES = new ArrayList<>();

  static {
    for (String[] phrases : ISSUES.values()) {
      List<String[]> tokenized = new ArrayList<>();
      for (String p : phrases) {
        tokenized.add(Tokens.of(p).stream().map(Tokens.Token::norm).toArray(String[]::new));
      }
      PHRASES.add(tokenized);
    }
  }

  /** Phrases by their first token: entries are {issue priority, phrase index}. */
  private static final Map<String, List<int[]>> BY_FIRST = new java.util.HashMap<>();

  static {
    for (int k = 0; k < PHRASES.size(); k++) {
      List<String[]> phrases = PHRASES.get(k);
      for (int j = 0; j < phrases.size(); j++) {
        BY_FIRST.computeIfAbsent(phrases.get(j)[0], x -> new ArrayList<>()).add(new int[] {k, j});
      }
    }
  }

  private IssueVocabulary() {}

  /**
   * The issue words of one text, found once: for each token, the highest-priority issue whose
   * phrase starts there and where that phrase ends, with and without the meeting words.
   */
  public static final class Index {
    private final int[] best;
    private final int[] bestEnd;
    private final int[] noSummit;
    private final int[] noSummitEnd;

    /** Indexes the issue words of a text. */
    public Index(AnalyzedText t) {
      int n = t.tokenCount();
      best = new int[n];
      bestEnd = new int[n];
      noSummit = new int[n];
      noSummitEnd = new int[n];
      java.util.Arrays.fill(best, Integer.MAX_VALUE);
      java.util.Arrays.fill(noSummit, Integer.MAX_VALUE);
      int summit = NAMES.indexOf("summit");
      for (int i = 0; i < n; i++) {
        List<int[]> candidates = BY_FIRST.get(t.norm(i));
        if (candidates == null) {
          continue;
        }
        for (int[] c : candidates) {
          String[] p = PHRASES.get(c[0]).get(c[1]);
          if (!matches(t, i, n, p)) {
            continue;
          }
          if (c[0] < best[i] || (c[0] == best[i] && i + p.length > bestEnd[i])) {
            best[i] = c[0];
            bestEnd[i] = i + p.length;
          }
          if (c[0] != summit
              && (c[0] < noSummit[i] || (c[0] == noSummit[i] && i + p.length > noSummitEnd[i]))) {
            noSummit[i] = c[0];
            noSummitEnd[i] = i + p.length;
          }
        }
      }
    }

    /** Returns the highest-priority issue signalled in tokens {@code [from, to)}, or null. */
    public @org.jspecify.annotations.Nullable IssueId classify(int from, int to) {
      int b = Integer.MAX_VALUE;
      for (int i = Math.max(0, from); i < to; i++) {
        if (best[i] < b && bestEnd[i] <= to) {
          b = best[i];
        }
      }
      return b == Integer.MAX_VALUE ? null : IssueId.of(NAMES.get(b));
    }

    /**
     * Returns the issue signalled first in tokens {@code [from, to)}, or null; the general peace
     * deal counts only when nothing more specific follows.
     */
    public @org.jspecify.annotations.Nullable IssueId first(int from, int to, boolean skipSummit) {
      int[] p = skipSummit ? noSummit : best;
      int[] e = skipSummit ? noSummitEnd : bestEnd;
      int peace = NAMES.indexOf("peace_deal");
      boolean general = false;
      for (int i = Math.max(0, from); i < to; i++) {
        if (p[i] != Integer.MAX_VALUE && e[i] <= to) {
          if (p[i] == peace) {
            general = true;
            i = e[i] - 1;
            continue;
          }
          if (p[i] == NAMES.indexOf("security_guarantees")) {
            // NATO membership is the point whenever it is named alongside guarantees
            for (int j = e[i]; j < Math.min(to, e[i] + 8); j++) {
              if (p[j] == NAMES.indexOf("nato") && e[j] <= to) {
                return IssueId.of("nato");
              }
            }
          }
          return IssueId.of(NAMES.get(p[i]));
        }
      }
      return general ? IssueId.of(NAMES.get(peace)) : null;
    }
  }

  /** Returns the highest-priority issue signalled in tokens {@code [from, to)}, or null. */
  public static @org.jspecify.annotations.Nullable IssueId classify(
      AnalyzedText t, int from, int to) {
    int best = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      String w = t.norm(i);
      for (int k = 0; k < PHRASES.size() && k < best; k++) {
        for (String[] p : PHRASES.get(k)) {
          if (p[0].equals(w) && matches(t, i, to, p)) {
            best = k;
            break;
          }
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : IssueId.of(NAMES.get(best));
  }

  /**
   * Returns the issue signalled first in tokens {@code [from, to)}, or null; with {@code
   * skipSummit}, meetings and talks themselves do not count.
   */
  public static @org.jspecify.annotations.Nullable IssueId first(
      AnalyzedText t, int from, int to, boolean skipSummit) {
    for (int i = from; i < to; i++) {
      String w = t.norm(i);
      for (int k = 0; k < PHRASES.size(); k++) {
        if (skipSummit && NAMES.get(k).equals("summit")) {
          continue;
        }
        for (String[] p : PHRASES.get(k)) {
          if (p[0].equals(w) && matches(t, i, to, p)) {
            return IssueId.of(NAMES.get(k));
          }
        }
      }
    }
    return null;
  }

  /** Returns the issue a phrase signals first (the general peace deal last), or null. */
  public static @org.jspecify.annotations.Nullable IssueId firstIn(String phrase) {
    String[] words = Tokens.of(phrase).stream().map(Tokens.Token::norm).toArray(String[]::new);
    boolean general = false;
    for (int i = 0; i < words.length; i++) {
      int found = -1;
      int length = 0;
      for (int k = 0; k < PHRASES.size() && found < 0; k++) {
        for (String[] p : PHRASES.get(k)) {
          if (i + p.length <= words.length
              && java.util.Arrays.equals(p, 0, p.length, words, i, i + p.length)) {
            found = k;
            length = p.length;
            break;
          }
        }
      }
      if (found < 0) {
        continue;
      }
      if (NAMES.get(found).equals("peace_deal")) {
        general = true;
        i += length - 1;
        continue;
      }
      return IssueId.of(NAMES.get(found));
    }
    return general ? IssueId.of("peace_deal") : null;
  }

  /** Returns the highest-priority issue the words of a phrase signal, or null. */
  public static @org.jspecify.annotations.Nullable IssueId classify(String phrase) {
    String[] words = Tokens.of(phrase).stream().map(Tokens.Token::norm).toArray(String[]::new);
    for (int k = 0; k < PHRASES.size(); k++) {
      for (String[] p : PHRASES.get(k)) {
        for (int i = 0; i + p.length <= words.length; i++) {
          boolean all = true;
          for (int j = 0; j < p.length && all; j++) {
            all = words[i + j].equals(p[j]);
          }
          if (all) {
            return IssueId.of(NAMES.get(k));
          }
        }
      }
    }
    return null;
  }

  private static boolean matches(AnalyzedText t, int i, int to, String[] p) {
    if (i + p.length > to) {
      return false;
    }
    for (int k = 1; k < p.length; k++) {
      if (!t.norm(i + k).equals(p[k])) {
        return false;
      }
    }
    return true;
  }
}
