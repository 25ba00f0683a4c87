package dev.parley.core.claim;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the claims a sentence makes, with the claim rules and the items extracted from it
 * (docs/claims.md).
 *
 * <p>An event claim is a rule's event words with a place in the same sentence, at most {@value
 * #REACH} words away: after a place word ("near Kupiansk", "around A and B"), after the event words
 * ("captured the village of B"), or just before them ("B had fallen"); actor names are never
 * places. A negation within {@value #NEAR} words before the event words, or an extracted event that
 * says so, makes the claim say the event did not happen; a modal there makes it expected rather
 * than asserted. Who asserts it: whoever comes before a denial (and the claim is turned), else
 * before a reporting verb, else after "according to", else the speaker of a quote that holds it,
 * else the outlet itself. A dispute cue after the claim ("clashes with", "disputed by") adds, for
 * each source named after it, the same claim turned. A quantity claim is a number whose counted
 * noun the text gives, with the rule words near it that say what befell it ("killed").
 */
public final class ClaimNormaliser {
  /** How many words before an event's words a negation or a modal may be. */
  public static final int NEAR = 3;

  /** How many words at most may stand between an event's words and its place. */
  public static final int REACH = 12;

  /** The name and version cited for a claim no extracted item codes. */
  public static final String RULES_EXTRACTOR = "claim-rules 1";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2}) " + MONTH + "(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{4})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of) ((?:19|20)\\d{2})\\b");
  private static final java.util.Set<String> AUXILIARIES =
      java.util.Set.of(
          "had",
          "has",
          "have",
          "been",
          "was",
          "were",
          "is",
          "are",
          "be",
          "being",
          "not",
          "never",
          "yet",
          "still",
          "already",
          "now",
          "finally",
          "reportedly",
          "fully",
          "n't");
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "the", "a", "an", "of", "key", "eastern", "western", "frontline", "strategic");
  private static final java.util.Set<String> NOT_COUNTED =
      java.util.Set.of(
          "of", "more", "than", "about", "some", "at", "least", "the", "other", "were");

  private final ClaimRules rules;

  /** Creates a normaliser with the given rules. */
  public ClaimNormaliser(ClaimRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  private record Speaker(String label, String kind, int from, int to, @Nullable String evidence) {}

  private record Place(String name, int from, int to) {}

  /** Returns the claims a sentence makes, in the order their words come. */
  public List<Claim> claims(ClaimSentence s) {
    ClaimText t = new ClaimText(s.text());
    int n = t.size();
    boolean[] actorWord = new boolean[n];
    List<Speaker> speakers = new ArrayList<>();
    List<EventMention> events = new ArrayList<>();
    List<String> eventIds = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (ClaimSentence.Item it : s.items()) {
      switch (it.item()) {
        case ActorMention m -> {
          int[] w = words(t, s, m.provenance().span());
          if (w == null) {
            continue;
          }
          for (int i = w[0]; i < w[1]; i++) {
            actorWord[i] = true;
          }
          speakers.add(new Speaker(m.actor().value(), "actor", w[0], w[1], it.id()));
        }
        case EventMention e -> {
          events.add(e);
          eventIds.add(it.id());
        }
        case Quote q -> quotes.add(q);
        default -> {}
      }
    }
    for (ClaimRules.Match m : rules.find("party", t.words)) {
      boolean actor = false;
      for (int i = m.from(); i < m.to(); i++) {
        actor |= actorWord[i];
      }
      if (!actor) {
        speakers.add(new Speaker(m.rule().fields()[0], "party", m.from(), m.to(), null));
      }
    }
    speakers.sort(java.util.Comparator.comparingInt(Speaker::from));
    List<ClaimRules.Match> eventWords = rules.find("event", t.words);
    List<Place> places = places(t, actorWord, eventWords);
    String when = date(s.text(), s.published());
    List<Claim> out = new ArrayList<>();
    for (ClaimRules.Match e : eventWords) {
      if (places.isEmpty()) {
        continue;
      }
      String[] f = e.rule().fields();
      PloverEvent plover = PloverEvent.valueOf(f[0].toUpperCase(Locale.ROOT));
      String mode = f[1].equals("-") ? "" : f[1];
      boolean affirmed = f[2].equals("+");
      int start = s.start() + t.starts[e.from()];
      int end = s.start() + t.ends[e.to() - 1];
      int backing = backing(events, start, end);
      EventMention ev = backing < 0 ? null : events.get(backing);
      boolean negated = near(rules.find("negation", t.words), e.from());
      if (negated || (ev != null && ev.negated())) {
        affirmed = !affirmed;
      }
      boolean asserted =
          !near(rules.find("modal", t.words), e.from())
              && (ev == null || (!ev.future() && !ev.hypothetical()));
      List<String> who = new ArrayList<>();
      if (ev != null) {
        ev.sources().forEach(a -> who.add(a.value()));
      } else {
        Speaker before = before(speakers, e.from(), "actor");
        if (before != null) {
          who.add(before.label());
        }
      }
      Speaker claimant = null;
      ClaimRules.Match denial = last(rules.find("denial", t.words), e.from());
      if (denial != null && !clauseBreak(t, denial.to(), e.from())) {
        claimant = before(speakers, denial.from(), null);
        if (claimant != null) {
          affirmed = !affirmed;
        }
      }
      if (claimant == null) {
        claimant = attributed(t, speakers, e.from(), quotes, start, end);
      }
      ClaimCitation citation =
          new ClaimCitation(
              s.document(),
              s.outlet(),
              s.published(),
              s.url(),
              start,
              end,
              s.text(),
              ev == null ? RULES_EXTRACTOR : extractor(ev.provenance()),
              backing >= 0
                  ? eventIds.get(backing)
                  : reporting(t, s, events, eventIds, claimant, e.from()),
              s.source());
      String cue = t.printed(e.from(), e.to());
      for (Place p : places) {
        if (p.from() - e.to() > REACH || e.from() - p.to() > REACH) {
          continue;
        }
        String subject = plover.name() + (mode.isEmpty() ? "" : " " + mode) + " @ " + key(p.name());
        out.add(
            claim(
                subject, plover, mode, affirmed, asserted, who, p.name(), null, null, null, when,
                claimant, s, cue, citation));
        for (ClaimRules.Match d : rules.find("dispute", t.words)) {
          if (d.from() < e.to()) {
            continue;
          }
          for (Speaker other : speakers) {
            if (other.from() >= d.to()) {
              out.add(
                  claim(
                      subject,
                      plover,
                      mode,
                      !affirmed,
                      asserted,
                      who,
                      p.name(),
                      null,
                      null,
                      null,
                      null,
                      other,
                      s,
                      cue,
                      citation.withEvidence(other.evidence())));
            }
          }
        }
      }
    }
    for (ClaimSentence.Item it : s.items()) {
      if (it.item() instanceof NumberMention num && !num.isOutOfRange()) {
        quantity(t, s, it.id(), num, places, speakers, quotes, eventWords).ifPresent(out::add);
      }
    }
    return out;
  }

  private java.util.Optional<Claim> quantity(
      ClaimText t,
      ClaimSentence s,
      String id,
      NumberMention num,
      List<Place> places,
      List<Speaker> speakers,
      List<Quote> quotes,
      List<ClaimRules.Match> eventWords) {
    int[] w = words(t, s, num.provenance().span());
    if (w == null || w[0] >= w[1]) {
      return java.util.Optional.empty();
    }
    String counted = null;
    for (int i = w[1]; i < Math.min(t.size(), w[1] + 3); i++) {
      if (t.capitalised(i) || NOT_COUNTED.contains(t.words[i])) {
        continue;
      }
      if (!Character.isLetter(t.words[i].charAt(0))) {
        break;
      }
      counted = singular(t.words[i]);
      break;
    }
    if (counted == null) {
      return java.util.Optional.empty();
    }
    TreeSet<String> befell = new TreeSet<>();
    for (ClaimRules.Match q : rules.find("quantity", t.words)) {
      if (q.to() >= w[0] - 4 && q.from() <= w[1] + 5) {
        befell.add(q.rule().fields()[0]);
      }
    }
    if (befell.isEmpty()) {
      return java.util.Optional.empty();
    }
    String counts = counted + " " + String.join(" ", befell);
    Place place = places.isEmpty() ? null : places.get(0);
    String subject =
        "number "
            + counts
            + (num.unit() == null ? "" : " " + num.unit())
            + (place == null ? "" : " @ " + key(place.name()));
    PloverEvent plover = null;
    String mode = "";
    for (ClaimRules.Match e : eventWords) {
      plover = PloverEvent.valueOf(e.rule().fields()[0].toUpperCase(Locale.ROOT));
      mode = e.rule().fields()[1].equals("-") ? "" : e.rule().fields()[1];
      break;
    }
    int start = s.start() + t.starts[w[0]];
    int end = s.start() + t.ends[w[1] - 1];
    Speaker claimant = attributed(t, speakers, w[0], quotes, start, end);
    ClaimCitation citation =
        new ClaimCitation(
            s.document(),
            s.outlet(),
            s.published(),
            s.url(),
            num.provenance().span().start(),
            num.provenance().span().end(),
            s.text(),
            extractor(num.provenance()),
            id,
            s.source());
    boolean asserted = !near(rules.find("modal", t.words), w[0]);
    return java.util.Optional.of(
        claim(
            subject,
            plover,
            mode,
            true,
            asserted,
            List.of(),
            place == null ? null : place.name(),
            num.value(),
            num.unit(),
            counts,
            null,
            claimant,
            s,
            num.text(),
            citation));
  }

  private static Claim claim(
      String subject,
      @Nullable PloverEvent plover,
      String mode,
      boolean affirmed,
      boolean asserted,
      List<String> who,
      @Nullable String place,
      @Nullable Double value,
      @Nullable String unit,
      @Nullable String counts,
      @Nullable String when,
      @Nullable Speaker claimant,
      ClaimSentence s,
      String cue,
      ClaimCitation citation) {
    String label;
    String kind;
    if (claimant != null) {
      label = claimant.label();
      kind = claimant.kind();
    } else {
      label = s.outlet() != null ? s.outlet() : s.document();
      kind = "outlet";
    }
    return new Claim(
        subject, plover, mode, affirmed, asserted, who, place, value, unit, counts, when, label,
        kind, cue, citation);
  }

  /** Who a claim at word {@code at} is reported by, or null for the outlet itself. */
  private @Nullable Speaker attributed(
      ClaimText t, List<Speaker> speakers, int at, List<Quote> quotes, int start, int end) {
    Speaker best = null;
    for (ClaimRules.Match a : rules.find("attribution", t.words)) {
      if (a.rule().fields()[0].equals("before") && a.to() <= at) {
        Speaker s = before(speakers, a.from(), null);
        if (s != null) {
          best = s;
        }
      } else if (a.rule().fields()[0].equals("after") && best == null) {
        for (Speaker s : speakers) {
          if (s.from() >= a.to()) {
            best = s;
            break;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (ClaimRules.Match a : rules.find("attribution", t.words)) {
      if (a.rule().fields()[0].equals("before") && a.from() > at) {
        Speaker s = before(speakers, a.from(), null);
        if (s != null && s.from() > at) {
          return s;
        }
      }
    }
    for (Quote q : quotes) {
      TextSpan span = q.provenance().span();
      if (q.speaker() != null && span.start() <= start && end <= span.end()) {
        ActorId speaker = q.speaker();
        return new Speaker(speaker.value(), "actor", -1, -1, null);
      }
    }
    return null;
  }

  /** Returns whether a comma, semicolon, colon or dash stands between words from and to. */
  private static boolean clauseBreak(ClaimText t, int from, int to) {
    if (from >= to || from <= 0 || to > t.size()) {
      return false;
    }
    String between = t.text.substring(t.ends[from - 1], t.starts[to]);
    return between.matches("(?s).*[,;:\u2013\u2014].*");
  }

  /**
   * Returns the evidence a claim no extracted event codes rests on: the extracted event that
   * reports it (its words a reporting or denial word before the claim's), else the mention of its
   * claimant, else null.
   */
  private @Nullable String reporting(
      ClaimText t,
      ClaimSentence s,
      List<EventMention> events,
      List<String> eventIds,
      @Nullable Speaker claimant,
      int at) {
    List<ClaimRules.Match> cues = new ArrayList<>(rules.find("attribution", t.words));
    cues.addAll(rules.find("denial", t.words));
    for (ClaimRules.Match c : cues) {
      if (c.to() > at) {
        continue;
      }
      int start = s.start() + t.starts[c.from()];
      int end = s.start() + t.ends[c.to() - 1];
      int i = backing(events, start, end);
      if (i >= 0) {
        return eventIds.get(i);
      }
    }
    return claimant == null ? null : claimant.evidence();
  }

  private static @Nullable Speaker before(List<Speaker> speakers, int at, @Nullable String kind) {
    Speaker best = null;
    for (Speaker s : speakers) {
      if (s.to() <= at && (kind == null || s.kind().equals(kind))) {
        best = s;
      }
    }
    return best;
  }

  private static boolean near(List<ClaimRules.Match> found, int at) {
    for (ClaimRules.Match m : found) {
      if (m.to() <= at && m.to() >= at - NEAR) {
        return true;
      }
    }
    return false;
  }

  private static ClaimRules.@Nullable Match last(List<ClaimRules.Match> found, int at) {
    ClaimRules.Match best = null;
    for (ClaimRules.Match m : found) {
      if (m.to() <= at) {
        best = m;
      }
    }
    return best;
  }

  private static int backing(List<EventMention> events, int start, int end) {
    for (int i = 0; i < events.size(); i++) {
      TextSpan span = events.get(i).provenance().span();
      if (span.start() < end && start < span.end()) {
        return i;
      }
    }
    return -1;
  }

  private static String extractor(Provenance p) {
    return p.extractor() + " " + p.extractorVersion();
  }

  /** The words [from, to) a document span covers in the sentence, or null when outside it. */
  private static int @Nullable [] words(ClaimText t, ClaimSentence s, TextSpan span) {
    int from = span.start() - s.start();
    int to = span.end() - s.start();
    if (from < 0 || to > s.text().length()) {
      return null;
    }
    int a = t.wordAt(from);
    int b = a;
    while (b < t.size() && t.starts[b] < to) {
      b++;
    }
    return new int[] {a, b};
  }

  private List<Place> places(ClaimText t, boolean[] actorWord, List<ClaimRules.Match> events) {
    List<Place> found = new ArrayList<>();
    for (ClaimRules.Match m : rules.find("place", t.words)) {
      names(t, actorWord, m.to(), found);
    }
    for (ClaimRules.Match e : events) {
      names(t, actorWord, e.to(), found);
      int i = e.from() - 1;
      while (i >= 0 && AUXILIARIES.contains(t.words[i])) {
        i--;
      }
      if (i > 0 && t.capitalised(i) && !actorWord[i]) {
        int from = i;
        while (from > 0 && t.capitalised(from - 1) && !actorWord[from - 1]) {
          from--;
        }
        if (from > 0 || i > from) {
          add(found, new Place(t.printed(from, i + 1), from, i + 1));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Place::from));
    return found;
  }

  /** Adds the place names that start at word {@code at}: "the village of A", "A and B". */
  private void names(ClaimText t, boolean[] actorWord, int at, List<Place> found) {
    int i = at;
    while (i < t.size()) {
      int k = i;
      while (k < t.size() && (DETERMINERS.contains(t.words[k]) || settlement(t, k))) {
        k++;
      }
      if (k >= t.size() || !t.capitalised(k) || actorWord[k] || MONTHS.containsKey(t.words[k])) {
        return;
      }
      int end = k;
      while (end < t.size() && t.capitalised(end) && !actorWord[end]) {
        end++;
      }
      add(found, new Place(t.printed(k, end), k, end));
      if (end < t.size() && (t.words[end].equals("and") || t.words[end].equals("or"))) {
        i = end + 1;
      } else if (end < t.size()
          && t.text.substring(t.ends[end - 1], t.starts[end]).strip().equals(",")) {
        i = end;
      } else {
        return;
      }
    }
  }

  private boolean settlement(ClaimText t, int k) {
    for (ClaimRules.Match m : rules.find("settlement", new String[] {t.words[k]})) {
      return m.from() == 0;
    }
    return false;
  }

  private static void add(List<Place> found, Place p) {
    for (Place q : found) {
      if (q.from() == p.from()) {
        return;
      }
    }
    found.add(p);
  }

  /** A place's name as subjects compare it: lower case, apostrophes and hyphens kept. */
  static String key(String place) {
    return place.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** An English plural's singular: casualties to casualty, soldiers to soldier. */
  static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Returns the first date a sentence gives: {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; a
   * day and month without a year take the document's year (an assumption), or are left out when the
   * document has no date.
   */
  static @Nullable String date(String text, @Nullable LocalDate published) {
    List<int[]> at = new ArrayList<>();
    List<String> iso = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      String d = day(m.group(3), m.group(2), m.group(1), published);
      if (d != null) {
        at.add(new int[] {m.start(), -d.length()});
        iso.add(d);
      }
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      String d = day(m.group(3), m.group(1), m.group(2), published);
      if (d != null) {
        at.add(new int[] {m.start(), -d.length()});
        iso.add(d);
      }
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      String d =
          m.group(2)
              + String.format(
                  Locale.ROOT,
                  "-%02d",
                  MONTHS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 1));
      at.add(new int[] {m.start(), -d.length()});
      iso.add(d);
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      at.add(new int[] {m.start(1), -4});
      iso.add(m.group(1));
    }
    int best = -1;
    for (int i = 0; i < at.size(); i++) {
      if (best < 0
          || at.get(i)[0] < at.get(best)[0]
          || (at.get(i)[0] == at.get(best)[0] && at.get(i)[1] < at.get(best)[1])) {
        best = i;
      }
    }
    return best < 0 ? null : iso.get(best);
  }

  private static @Nullable String day(
      @Nullable String year, String month, String day, @Nullable LocalDate published) {
    int y;
    if (year != null) {
      y = Integer.parseInt(year);
    } else if (published != null) {
      y = published.getYear();
    } else {
      return null;
    }
    int mo = MONTHS.getOrDefault(month.toLowerCase(Locale.ROOT), 1);
    int d = Integer.parseInt(day);
    if (d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, mo, d).toString();
  }
}
