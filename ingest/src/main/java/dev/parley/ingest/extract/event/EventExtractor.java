package dev.parley.ingest.extract.event;

import static dev.parley.ingest.extract.event.EventWords.ANAPHORIC_NOUNS;
import static dev.parley.ingest.extract.event.EventWords.ARTICLE_LIKE;
import static dev.parley.ingest.extract.event.EventWords.COMMISSIVE_VERBS;
import static dev.parley.ingest.extract.event.EventWords.CONDITIONALS;
import static dev.parley.ingest.extract.event.EventWords.DETERMINERS;
import static dev.parley.ingest.extract.event.EventWords.LIGHT_VERBS;
import static dev.parley.ingest.extract.event.EventWords.MUST_GOVERNORS;
import static dev.parley.ingest.extract.event.EventWords.PARTICIPATION;
import static dev.parley.ingest.extract.event.EventWords.PLACE_PREPOSITIONS;
import static dev.parley.ingest.extract.event.EventWords.RESTATING;
import static dev.parley.ingest.extract.event.EventWords.SPEECH_HEADS;
import static dev.parley.ingest.extract.event.EventWords.TARGET_PREPOSITIONS;
import static dev.parley.ingest.extract.event.EventWords.WARNING_WORDS;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.IssueId;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.event.TriggerLexicon.Match;
import dev.parley.ingest.extract.event.TriggerLexicon.Sense;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.syntax.Words;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.SectionedWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Codes the events of a document: for every trigger word or phrase of the lexicon, its source and
 * target actors, the issue it concerns, and its auxiliary modes (negated, future, hypothetical).
 *
 * <p>Sources are the subject of a verb, the "by" agents of a passive, or the owner of a noun
 * ("Putin’s rejection", "Russian proposals", "pressure from Ukraine"); targets are the first actor
 * after the trigger in its clause, with coordinated actors ("between the two presidents", "between
 * Paris and Berlin"). Following the PLOVER manual, a planned or proposed meeting is coded as a
 * proposal (AGREE), and a trigger governed by another ("push for a meeting") yields no event of its
 * own. Statements and predictions have no target. Instances are stateless.
 */
public final class EventExtractor {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "event-extractor.txt";

  /** The stage's name in provenance. */
  public static final String NAME = "event-extractor";

  /** The version of the stage's rules and lexicon. */
  public static final String VERSION = "1";

  private static final Set<String> FACTUAL_BEFORE_TO =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("factual-before-to");
  private static final Set<String> AID_OBJECTS =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("aid-objects");
  private static final Set<String> FUTURE_MODIFIERS =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("future-modifiers");
  private static final Set<String> STOPS =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("stops");
  private static final Set<String> FIRST_PERSON =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("first-person");

  private EventExtractor() {}

  /** Returns the events of a document, in text order. */
  public static List<EventMention> extract(DocumentId document, ShallowParse parse) {
    AnalyzedText t = parse.text();
    List<EventMention> out = new ArrayList<>();
    TriggerLexicon lexicon = TriggerLexicon.get();
    IssueVocabulary.Index issues = new IssueVocabulary.Index(t);
    for (int s = 0; s < t.sentenceCount(); s++) {
      if (t.isHeading(s)) {
        continue;
      }
      int first = t.firstToken(s);
      int end = t.endToken(s);
      int lastGoverning = -10;
      Set<String> seen = new HashSet<>();
      for (int i = first; i < end; i++) {
        if (parse.mentions().at(i) >= 0) {
          continue;
        }
        if (t.norm(i).equals("will") || t.norm(i).equals("'ll")) {
          commitment(document, parse, s, i, out, seen, issues);
        }
        if (t.norm(i).equals("must")) {
          must(document, parse, s, i, out, seen, issues);
          continue;
        }
        Match match = lexicon.match(t, i, end);
        if (match == null) {
          continue;
        }
        Sense sense = choose(parse, match);
        if (sense == null) {
          continue;
        }
        boolean governed =
            !sense.verb()
                && match.start() - lastGoverning <= 5
                && noCommaBetween(t, lastGoverning, match.start());
        if (governed) {
          i = match.end() - 1;
          continue;
        }
        boolean coded = code(document, parse, s, match, sense, out, seen, issues);
        if (coded
            && sense.action() != EventAction.STATEMENT
            && sense.action() != EventAction.PREDICT) {
          lastGoverning = match.end();
        }
        i = match.end() - 1;
      }
    }
    // every event of a sentence carries the sentence's span, and the sentences come in order
    List<EventMention> kept = new ArrayList<>();
    int from = 0;
    while (from < out.size()) {
      TextSpan sentence = out.get(from).provenance().sentence();
      int to = from + 1;
      while (to < out.size() && out.get(to).provenance().sentence().equals(sentence)) {
        to++;
      }
      keepUncovered(out.subList(from, to), kept);
      from = to;
    }
    return QuoteSpan.widen(
        parse, withReportedSpeech(kept, ReportedSpeech.extract(document, parse)));
  }

  /**
   * Merges the events of the reported-speech stage into the trigger events: a clause's event is
   * left out when a trigger event of its sentence already has one of its sources, so that the
   * trigger rules' reading of a clause (its issue, its target) wins. The result is ordered by
   * sentence.
   */
  static List<EventMention> withReportedSpeech(
      List<EventMention> triggered, List<EventMention> speech) {
    List<EventMention> out = new ArrayList<>(triggered);
    Set<String> coded = new HashSet<>();
    for (EventMention e : triggered) {
      for (ActorId source : e.sources()) {
        coded.add(e.provenance().sentence() + "|" + source);
      }
    }
    for (EventMention r : speech) {
      if (!coded.contains(r.provenance().sentence() + "|" + r.sources().get(0))) {
        out.add(r);
      }
    }
    out.sort(
        (a, b) ->
            Integer.compare(a.provenance().sentence().start(), b.provenance().sentence().start()));
    return out;
  }

  /** What makes a targeted event cover an untargeted one of its sentence. */
  private record Coverage(EventAction action, List<ActorId> sources, @Nullable IssueId issue) {}

  /**
   * Adds the events of one sentence to {@code kept}, leaving out an untargeted factual event that a
   * targeted factual one of the same action, sources and issue covers, and a factual statement that
   * another factual action of the same sources follows within 60 characters.
   */
  private static void keepUncovered(List<EventMention> sentence, List<EventMention> kept) {
    Set<Coverage> targeted = new HashSet<>();
    Map<List<ActorId>, List<Integer>> actionStarts = new HashMap<>();
    for (EventMention o : sentence) {
      if (!o.targets().isEmpty() && o.isFactual()) {
        targeted.add(new Coverage(o.action(), o.sources(), o.issue()));
      }
      if (o.action() != EventAction.STATEMENT && o.isFactual()) {
        actionStarts
            .computeIfAbsent(o.sources(), k -> new ArrayList<>())
            .add(o.provenance().span().start());
      }
    }
    for (List<Integer> starts : actionStarts.values()) {
      starts.sort(null);
    }
    for (EventMention e : sentence) {
      if (e.targets().isEmpty()
          && e.isFactual()
          && targeted.contains(new Coverage(e.action(), e.sources(), e.issue()))) {
        continue;
      }
      if (e.action() == EventAction.STATEMENT && e.isFactual()) {
        List<Integer> starts = actionStarts.get(e.sources());
        int at = e.provenance().span().start();
        if (starts != null && startsWithin(starts, at, at + 60)) {
          continue;
        }
      }
      kept.add(e);
    }
  }

  /** Whether a sorted list holds a value in {@code [from, to]}. */
  private static boolean startsWithin(List<Integer> sorted, int from, int to) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sorted.size() && sorted.get(lo) <= to;
  }

  private static boolean governsMust(AnalyzedText t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 8); k++) {
      if (t.norm(k).equals("must")) {
        return true;
      }
    }
    return false;
  }

  /** "X insists / has made clear that Y must …": X demands of Y. */
  private static void must(
      DocumentId document,
      ShallowParse parse,
      int sentence,
      int must,
      List<EventMention> out,
      Set<String> seen,
      IssueVocabulary.Index issues) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int first = t.firstToken(sentence);
    int source = -1;
    int governor = -1;
    for (int k = must - 1; k >= first; k--) {
      if (MUST_GOVERNORS.contains(t.norm(k)) && !parse.isQuoted(k)) {
        governor = k;
        source = parse.subjectOf(k, true);
        break;
      }
    }
    if (source < 0 && parse.isQuoted(must)) {
      source = parse.speakerOf(sentence);
    }
    if (source < 0) {
      return;
    }
    List<Integer> targets = new ArrayList<>();
    for (int k = must - 1; k > Math.max(governor, first - 1); k--) {
      int mention = m.at(k);
      if (mention >= 0 && !parse.followsPreposition(mention) && !m.isPossessive(mention)) {
        targets.add(m.actor(mention));
        break;
      }
    }
    if (targets.isEmpty()) {
      int after = must + 1;
      while (after < t.endToken(sentence) && after < must + 7) {
        if (t.norm(after).equals("between") || t.norm(after).equals("with")) {
          collect(parse, after + 1, t.endToken(sentence), targets);
          break;
        }
        after++;
      }
    }
    targets.remove(Integer.valueOf(source));
    IssueId issue = issues.first(must + 1, t.endToken(sentence), false);
    if (issue == null) {
      issue = IssueVocabulary.OTHER;
    }
    List<ActorId> sourceIds = ids(m, List.of(source));
    List<ActorId> targetIds = ids(m, targets);
    String key = sourceIds + "|" + EventAction.DEMAND + "|" + targetIds + "|" + issue;
    if (!seen.add(key)) {
      return;
    }
    int from = governor >= 0 ? governor : must;
    out.add(
        new EventMention(
            EventAction.DEMAND,
            PloverEvent.REQUEST,
            null,
            contexts(issue),
            sourceIds,
            targetIds,
            false,
            false,
            false,
            issue,
            t.text(from, must + 1),
            new Provenance(
                document, t.span(must, must + 1), t.sentenceSpan(sentence), NAME, VERSION, 0.6)));
  }

  /** "a counterattack near Kupyansk": a named place right after an attack. */
  private static boolean placeAfter(AnalyzedText t, Mentions m, int from, int to) {
    for (int k = from; k + 1 < Math.min(to, from + 5); k++) {
      if (PLACE_PREPOSITIONS.contains(t.norm(k))) {
        int j = k + 1;
        if (t.norm(j).equals("the") && j + 1 < to) {
          j++;
        }
        return t.isCapitalized(j) && m.at(j) < 0;
      }
    }
    return false;
  }

  /** "the minister headed his country's team at the summit": a meeting someone took part in. */
  private static boolean ledBy(AnalyzedText t, int noun, int first) {
    for (int k = noun - 1; k >= Math.max(first, noun - 9); k--) {
      if (PARTICIPATION.contains(t.norm(k))) {
        return true;
      }
      if (t.norm(k).equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the president's cool reply – hinting …", "an angry response from Beijing, saying …": the owner
   * or the "from" agent of the noun phrase a participle hangs on.
   */
  private static int agentBefore(ShallowParse parse, int punctuation, int first) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    for (int k = punctuation - 1; k >= Math.max(first, punctuation - 6); k--) {
      int mention = m.at(k);
      if (mention >= 0) {
        String prep = parse.prepositionBefore(mention);
        if (m.isPossessive(mention) || prep.equals("from") || prep.equals("by")) {
          return m.actor(mention);
        }
        return -1;
      }
      if (t.norm(k).equals(",") || t.norm(k).equals("-")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean conditionalAfter(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.norm(k).equals("unless") || t.norm(k).equals("if")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPledge(String w) {
    return w.startsWith("pledge") || w.startsWith("promis") || w.startsWith("vow");
  }

  private static boolean aidObject(AnalyzedText t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 8); k++) {
      if (AID_OBJECTS.contains(t.norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean warns(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (WARNING_WORDS.contains(t.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** "We will give them …" in a quote: the speaker promises. */
  private static void commitment(
      DocumentId document,
      ShallowParse parse,
      int sentence,
      int will,
      List<EventMention> out,
      Set<String> seen,
      IssueVocabulary.Index issues) {
    AnalyzedText t = parse.text();
    if (!parse.isQuoted(will) || will == 0 || will + 1 >= t.tokenCount()) {
      return;
    }
    if (!FIRST_PERSON.contains(t.norm(will - 1)) || !COMMISSIVE_VERBS.contains(t.norm(will + 1))) {
      return;
    }
    int speaker = -1;
    for (int s = sentence; s < Math.min(t.sentenceCount(), sentence + 1) && speaker < 0; s++) {
      speaker = parse.speakerOf(s);
    }
    if (speaker < 0) {
      return;
    }
    IssueId issue = issues.first(will + 1, t.endToken(sentence), false);
    if (issue == null) {
      issue = IssueVocabulary.OTHER;
    }
    List<ActorId> source = ids(parse.mentions(), List.of(speaker));
    if (!seen.add(source + "|" + EventAction.PROPOSE + "|[]|" + issue)) {
      return;
    }
    out.add(
        new EventMention(
            EventAction.PROPOSE,
            PloverEvent.AGREE,
            null,
            contexts(issue),
            source,
            List.of(),
            false,
            false,
            false,
            issue,
            t.text(will - 1, will + 2),
            new Provenance(
                document,
                t.span(will - 1, will + 2),
                t.sentenceSpan(sentence),
                NAME,
                VERSION,
                0.6)));
  }

  private static boolean modalWithin(AnalyzedText t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 6); k++) {
      String w = t.norm(k);
      if (w.equals("might") || w.equals("could") || w.equals("should") || w.equals("may")) {
        return true;
      }
    }
    return false;
  }

  private static boolean noCommaBetween(AnalyzedText t, int from, int to) {
    for (int k = Math.max(from, 0); k < to; k++) {
      if (t.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** Picks the verb or noun sense of a trigger from the word before it. */
  private static @Nullable Sense choose(ShallowParse parse, Match match) {
    AnalyzedText t = parse.text();
    Sense verb = null;
    Sense noun = null;
    for (Sense s : match.senses()) {
      if (s.verb()) {
        verb = s;
      } else {
        noun = s;
      }
    }
    if (verb == null || noun == null) {
      if (verb != null) {
        int p = match.start() - 1;
        // a bare verb form after a determiner is a noun this lexicon does not know
        if (p >= 0 && t.norm(p).endsWith("ed") && t.norm(p).length() > 4) {
          return null;
        }
        int before = p >= 0 ? parse.mentions().at(p) : -1;
        String form = t.norm(match.start());
        boolean inflected = !TriggerLexicon.get().isBaseForm(form);
        if (before >= 0
            && !inflected
            && !t.norm(p).endsWith("s")
            && parse.mentions().actorKind(before) != ActorKind.COALITION) {
          return null;
        }
        // "legislation banning …" is a participle modifying a noun
        boolean complement = match.end() < t.tokenCount() && t.norm(match.end()).equals("that");
        if (!complement
            && form.endsWith("ing")
            && p >= 0
            && before < 0
            && t.isWord(p)
            && !t.isCapitalized(p)
            && !Words.AUXILIARIES.contains(t.norm(p))
            && !Words.PREPOSITIONS.contains(t.norm(p))
            && !t.norm(p).endsWith("ly")
            && !t.norm(p).equals("and")
            && !t.norm(p).equals("or")) {
          return null;
        }
        if (before >= 0
            && !parse.isSubjectCandidate(before)
            && !parse.mentions().isPossessive(before)) {
          return null;
        }
        if (p >= 0
            && DETERMINERS.contains(t.norm(p))
            && !t.norm(p).equals("of")
            && !t.norm(match.start()).endsWith("ed")
            && !t.norm(match.start()).endsWith("ing")) {
          return null;
        }
      }
      return verb != null ? verb : noun;
    }
    int p = match.start() - 1;
    if (p < 0) {
      return noun;
    }
    String prev = t.norm(p);
    int m = parse.mentions().at(p);
    if (DETERMINERS.contains(prev)
        || (m >= 0
            && parse.mentions().end(m) == match.start()
            && (parse.mentions().isPossessive(m)
                || parse.mentions().kind(m) == dev.parley.core.evidence.MentionKind.DEMONYM))) {
      return noun;
    }
    if (prev.endsWith("ed")
        || prev.endsWith("ing")
        || prev.endsWith("al")
        || prev.endsWith("ive")) {
      return noun;
    }
    return verb;
  }

  private static boolean code(
      DocumentId document,
      ShallowParse parse,
      int sentence,
      Match match,
      Sense sense,
      List<EventMention> out,
      Set<String> seen,
      IssueVocabulary.Index issues) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int start = match.start();
    int first = t.firstToken(sentence);
    if (sense.verb() && start > first && match.end() == start + 1) {
      String v = t.norm(start);
      String prev = t.norm(start - 1);
      if ((v.endsWith("ed") || v.endsWith("ing"))
          && ARTICLE_LIKE.contains(prev)
          && match.end() < t.endToken(sentence)
          && t.isWord(match.end())
          && m.at(match.end()) < 0) {
        return false;
      }
    }
    boolean negated = false;
    boolean future = false;
    boolean hypothetical = false;
    boolean refusal = false;
    for (int k = start - 1; k >= Math.max(first, start - (sense.verb() ? 3 : 4)); k--) {
      String w = t.norm(k);
      if (Words.NEGATIONS.contains(w) && !(w.equals("no") && sense.verb())) {
        negated = true;
        refusal |=
            !w.equals("cannot")
                && !(k > first && (t.norm(k - 1).equals("can") || t.norm(k - 1).equals("could")));
      }
      if (sense.verb()) {
        if (w.equals("will") || w.equals("'ll") || w.equals("going")) {
          future = true;
        } else if (Words.MODALS.contains(w)) {
          hypothetical = true;
        } else if (w.equals("to")
            && k == start - 1
            && !(k > first && FACTUAL_BEFORE_TO.contains(t.norm(k - 1)))) {
          hypothetical = true;
        }
      } else if (FUTURE_MODIFIERS.contains(w) || w.equals("will") || w.equals("'ll")) {
        future = true;
      } else if (Words.MODALS.contains(w)) {
        hypothetical = true;
      } else if (w.equals("no") || w.equals("without")) {
        negated = true;
      }
      if (w.equals(",")) {
        break;
      }
    }
    for (int k = start - 1; k >= first; k--) {
      String w = t.norm(k);
      if (w.equals(",")) {
        break;
      }
      if (CONDITIONALS.contains(w)) {
        hypothetical = true;
      }
      if (w.equals("when") && t.norm(start).endsWith("s") && !t.norm(start).endsWith("ss")) {
        hypothetical = true;
      }
    }
    if (sense.verb() && t.norm(start).endsWith("ing") && start > first) {
      String p = t.norm(start - 1);
      if (p.equals("from") || p.equals("against") || p.equals("without") || p.equals("of")) {
        hypothetical = true;
      }
    }
    for (int k = start - 1; k > first; k--) {
      if (SPEECH_HEADS.contains(t.norm(k)) && Words.NEGATIONS.contains(t.norm(k - 1))) {
        negated = true;
        break;
      }
    }
    // P: an event noun inside an infinitive ("to arrange a meeting")
    if (!sense.verb()) {
      for (int k = start - 1; k > Math.max(first, start - 5); k--) {
        if (t.norm(k - 1).equals("to")
            && t.isWord(k)
            && m.at(k) < 0
            && !DETERMINERS.contains(t.norm(k))) {
          hypothetical = true;
          break;
        }
        if (t.norm(k).equals(",") || (m.at(k) >= 0 && !m.isPossessive(m.at(k)))) {
          break;
        }
      }
    }
    boolean quoted = parse.isQuoted(start);
    boolean passive = sense.verb() && isPassive(t, match);
    if (sense.verb()
        && t.norm(start).endsWith("ed")
        && match.end() + 1 < t.endToken(sentence)
        && (t.norm(match.end()).equals("or") || t.norm(match.end()).equals("and"))
        && t.norm(match.end() + 1).endsWith("ed")
        && !(start > first && Words.AUXILIARIES.contains(t.norm(start - 1)))) {
      return false;
    }
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    boolean participated = false;
    if (passive) {
      int by = match.end();
      if (by < t.endToken(sentence) && t.norm(by).equals("by")) {
        collect(parse, by + 1, t.endToken(sentence), sources);
        int patient = parse.subjectOf(start, !quoted);
        if (patient >= 0) {
          targets.add(patient);
        }
      }
    } else if (sense.verb()) {
      int subject = firstPersonSpeaker(parse, start, quoted, sentence);
      if (subject < 0
          && sense.action() == EventAction.STATEMENT
          && match.end() < t.tokenCount()
          && m.at(match.end()) >= 0
          && start > first
          && parse.isQuoted(start - 1)) {
        subject = m.actor(m.at(match.end()));
      }
      if (subject < 0) {
        subject = parse.subjectOf(start, !quoted);
      }
      if (subject < 0
          && t.norm(start).endsWith("ing")
          && start > first
          && (t.norm(start - 1).equals("-") || t.norm(start - 1).equals(","))) {
        subject = agentBefore(parse, start - 1, first);
      }
      if (subject < 0 && start >= first + 3 && t.norm(start - 1).equals("to")) {
        for (int k = start - 3; k >= Math.max(first, start - 5); k--) {
          int mention = m.at(k);
          if (mention >= 0) {
            subject = m.isPossessive(mention) ? m.actor(mention) : -1;
            break;
          }
        }
      }
      if (subject >= 0) {
        sources.add(subject);
        coordinated(parse, start, subject, sources);
      }
    } else {
      int owner = owner(parse, match);
      if (owner >= 0) {
        sources.add(owner);
        int k = match.end();
        if (k + 1 < t.endToken(sentence) && (t.norm(k).equals("from") || t.norm(k).equals("by"))) {
          List<Integer> agents = new ArrayList<>();
          collect(parse, k + 1, t.endToken(sentence), agents);
          for (int a : agents) {
            if (!sources.contains(a)) {
              sources.add(a);
            }
          }
        }
      } else if (sense.action() == EventAction.MEET || sense.action() == EventAction.CONSULT) {
        int k = match.end();
        if (k < t.endToken(sentence) && t.norm(k).equals("between")) {
          List<Integer> both = new ArrayList<>();
          collect(parse, k + 1, t.endToken(sentence), both);
          if (both.size() >= 2) {
            sources.add(both.get(0));
            targets.add(both.get(1));
          }
        }
        if (sources.isEmpty()) {
          for (int v = start - 1; v >= Math.max(first, start - 9); v--) {
            if (PARTICIPATION.contains(t.norm(v))) {
              int leader = parse.subjectOf(v, !quoted);
              if (leader >= 0) {
                sources.add(leader);
                participated = true;
              }
              break;
            }
          }
        }
        if (sources.isEmpty()) {
          int subject = parse.subjectOf(start, !quoted);
          if (subject < 0) {
            subject = frontedSubject(parse, sentence, start);
          }
          if (subject < 0) {
            subject = leadingPossessor(parse, sentence);
          }
          if (subject >= 0) {
            sources.add(subject);
          }
        }
      }
    }
    if (sources.isEmpty()) {
      return false;
    }
    EventAction action = sense.action();
    PloverEvent plover = sense.plover();
    if (participated && action == EventAction.CONSULT) {
      action = EventAction.MEET;
    }
    if (action == EventAction.AID
        && sense.verb()
        && !aidObject(t, match.end(), t.endToken(sentence))) {
      return false;
    }
    // D: a pledge of one's own action is a statement; a pledge of help to others is a proposal
    if (action == EventAction.PROPOSE
        && isPledge(t.norm(start))
        && match.end() + 1 < t.endToken(sentence)
        && t.norm(match.end()).equals("to")
        && !COMMISSIVE_VERBS.contains(t.norm(match.end() + 1))
        && !aidObject(t, match.end() + 1, t.endToken(sentence))) {
      action = EventAction.STATEMENT;
      plover = null;
    }
    if (action == EventAction.DEMAND
        && sense.verb()
        && governsMust(t, match.end(), t.endToken(sentence))) {
      return false;
    }
    if (action == EventAction.PROPOSE
        && sense.verb()
        && match.end() < t.endToken(sentence)
        && t.norm(match.end()).equals("that")
        && !modalWithin(t, match.end(), t.endToken(sentence))) {
      action = EventAction.STATEMENT;
      plover = null;
    }
    EventMention restated = null;
    if (action == EventAction.STATEMENT
        && RESTATING.contains(t.norm(start))
        && match.end() < t.endToken(sentence)
        && (t.norm(match.end()).equals("it") || t.norm(match.end()).equals("them"))) {
      int minStart = t.sentenceSpan(Math.max(0, sentence - 2)).start();
      for (int e = out.size() - 1; e >= 0 && restated == null; e--) {
        EventMention ev = out.get(e);
        if (ev.provenance().sentence().start() < minStart) {
          break;
        }
        if (ev.action() == EventAction.DEMAND
            || ev.action() == EventAction.PROPOSE
            || ev.action() == EventAction.THREATEN) {
          restated = ev;
        }
      }
      if (restated != null) {
        action = restated.action();
        plover = restated.plover();
        for (ActorId id : restated.targets()) {
          int a = m.indexOf(id);
          if (a >= 0 && !targets.contains(a)) {
            targets.add(a);
          }
        }
      }
    }
    if (action == EventAction.STATEMENT && warns(t, match.end(), t.endToken(sentence))) {
      action = EventAction.WARN;
      plover = PloverEvent.THREATEN;
    }
    boolean targetless = action == EventAction.STATEMENT || action == EventAction.PREDICT;
    boolean infinitive =
        sense.verb() && match.end() < t.endToken(sentence) && t.norm(match.end()).equals("to");
    if (!targetless && targets.isEmpty() && sense.verb()) {
      int antecedent = relativeAntecedent(parse, sentence, start);
      if (antecedent >= 0) {
        targets.add(antecedent);
      }
    }
    EventMention referred = null;
    if (!targetless && targets.isEmpty()) {
      referred =
          anaphor(
              t,
              out,
              sentence,
              passive ? first : match.end(),
              passive ? start : Math.min(t.endToken(sentence), match.end() + 4));
      if (referred != null) {
        for (ActorId id : referred.sources()) {
          int a = m.indexOf(id);
          if (a >= 0) {
            targets.add(a);
          }
        }
      }
    }
    if (!targetless && targets.isEmpty() && !infinitive) {
      targets(parse, match, sentence, targets);
    }
    if (!targetless
        && targets.isEmpty()
        && match.end() + 1 < t.endToken(sentence)
        && sense.verb()
        && (action == EventAction.DEMAND
            || action == EventAction.APPEAL
            || action == EventAction.WARN)
        && t.norm(match.end()).equals("that")) {
      targets(parse, new Match(match.start(), match.end() + 1, match.senses()), sentence, targets);
    }
    if (!targetless
        && targets.isEmpty()
        && infinitive
        && (action == EventAction.THREATEN || action == EventAction.REJECT)) {
      targets(parse, new Match(match.start(), match.end() + 2, match.senses()), sentence, targets);
    }
    if (action == EventAction.CONSULT && !sense.verb() && t.norm(start).equals("talks")) {
      for (int k = match.end(); k < Math.min(t.endToken(sentence), match.end() + 6); k++) {
        if ((t.norm(k).equals("in") || t.norm(k).equals("at"))
            && k + 1 < t.tokenCount()
            && t.isCapitalized(k + 1)) {
          action = EventAction.MEET;
          break;
        }
      }
    }
    if (negated && refusal && action == EventAction.ACCEPT) {
      action = EventAction.REJECT;
      plover = PloverEvent.REJECT;
      negated = false;
      hypothetical = false;
    }
    // PLOVER: announcing coercion to come, or cooperation withdrawn unless demands are met,
    // threatens
    if ((future || hypothetical)
        && !negated
        && plover != null
        && (plover.quadClass() == PloverEvent.QuadClass.MATERIAL_CONFLICT
            || (plover == PloverEvent.RETREAT
                && conditionalAfter(t, match.end(), t.endToken(sentence))))) {
      plover = PloverEvent.THREATEN;
    }
    if ((future || hypothetical)
        && !negated
        && plover != null
        && (plover == PloverEvent.SUPPORT
            || plover == PloverEvent.COOPERATE
            || plover == PloverEvent.AID
            || plover == PloverEvent.RETREAT
            || plover == PloverEvent.CONCEDE)) {
      plover = PloverEvent.AGREE;
    }
    // PLOVER: a planned or proposed meeting is an agreement to meet
    if ((action == EventAction.MEET || action == EventAction.CONSULT) && future && !negated) {
      action = EventAction.PROPOSE;
      plover = PloverEvent.AGREE;
      future = false;
    }
    // "from X" on a call or meeting: X acts, the subject receives
    if ((action == EventAction.CONSULT || action == EventAction.MEET) && !sense.verb()) {
      int k = match.end();
      if (k + 1 < t.endToken(sentence) && t.norm(k).equals("from")) {
        int mm = m.at(k + 1) >= 0 ? m.at(k + 1) : (k + 2 < t.tokenCount() ? m.at(k + 2) : -1);
        if (mm >= 0) {
          int caller = m.actor(mm);
          int receiver = parse.subjectOf(start, !quoted);
          if (receiver >= 0 && receiver != caller) {
            targets.clear();
            targets.add(receiver);
            sources.clear();
            sources.add(caller);
          }
        }
      }
    }
    if (!targetless
        && targets.isEmpty()
        && !sense.verb()
        && (action == EventAction.CRITICIZE
            || action == EventAction.THREATEN
            || action == EventAction.WARN
            || action == EventAction.APPEAL)) {
      int fronted = frontedSubject(parse, sentence, start);
      if (fronted >= 0 && !sources.contains(fronted)) {
        targets.add(fronted);
      }
    }
    targets.removeAll(sources);
    if ((action == EventAction.MEET || action == EventAction.CONSULT)
        && targets.isEmpty()
        && !(!sense.verb() && ledBy(t, start, first))) {
      return false;
    }
    int clauseEnd = clauseEnd(t, match.end(), t.endToken(sentence));
    IssueId issue;
    if (action == EventAction.MEET || action == EventAction.CONSULT) {
      int[] clause = clause(t, sentence, start);
      int segmentEnd = start;
      while (segmentEnd < clause[1] && !t.norm(segmentEnd).equals(",")) {
        segmentEnd++;
      }
      issue = issues.first(clause[0], segmentEnd, true);
      if (issue == null) {
        issue = IssueVocabulary.SUMMIT;
      }
    } else if (action == EventAction.STATEMENT || action == EventAction.WARN) {
      issue = issues.first(match.end(), t.endToken(sentence), false);
      if (issue == null && start > first && parse.isQuoted(start - 1)) {
        issue = issues.first(first, start, false);
      }
      if (issue != null && issue.equals(IssueVocabulary.SUMMIT)) {
        IssueId other = issues.first(match.end(), t.endToken(sentence), true);
        issue = other != null ? other : issue;
      }
    } else {
      issue = issues.first(match.end(), clauseEnd, false);
      if (issue == null) {
        issue = issues.classify(match.start(), match.end());
      }
      if (issue == null) {
        issue = issues.classify(first, t.endToken(sentence));
      }
      if (action == EventAction.ATTACK && (issue == null || !issue.value().equals("territory"))) {
        issue =
            placeAfter(t, m, match.end(), t.endToken(sentence))
                ? IssueId.of("territory")
                : IssueVocabulary.OTHER;
      }
    }
    if (referred != null && referred.issue() != null) {
      issue = referred.issue();
    }
    if (restated != null && restated.issue() != null) {
      issue = restated.issue();
    }
    if (issue == null) {
      issue = IssueVocabulary.OTHER;
    }
    List<ActorId> sourceIds = ids(m, sources);
    List<ActorId> targetIds = targetless ? List.of() : ids(m, targets);
    String key = sourceIds + "|" + action + "|" + targetIds + "|" + issue;
    if (!seen.add(key)) {
      return false;
    }
    String trigger = t.text(match.start(), match.end());
    double confidence = negated || future || hypothetical ? 0.5 : 0.7;
    Provenance p =
        new Provenance(
            document,
            t.span(match.start(), match.end()),
            t.sentenceSpan(sentence),
            NAME,
            VERSION,
            confidence);
    List<String> contexts = contexts(issue);
    out.add(
        new EventMention(
            action,
            plover,
            sense.mode(),
            contexts,
            sourceIds,
            targetIds,
            negated,
            future,
            hypothetical,
            issue,
            trigger,
            p));
    return true;
  }

  static List<String> contexts(IssueId issue) {
    return IssueSectors.of(issue);
  }

  private static List<ActorId> ids(Mentions m, List<Integer> actors) {
    LinkedHashSet<ActorId> ids = new LinkedHashSet<>();
    for (int a : actors) {
      ids.add(m.actors().get(a).id());
    }
    return List.copyOf(ids);
  }

  /** The clause around a token: from the last ";" or ":" before it to the next one. */
  private static int[] clause(AnalyzedText t, int sentence, int at) {
    int from = t.firstToken(sentence);
    int to = t.endToken(sentence);
    for (int k = at; k >= from; k--) {
      if (t.norm(k).equals(";") || t.norm(k).equals(":")) {
        from = k + 1;
        break;
      }
    }
    for (int k = at; k < to; k++) {
      if (t.norm(k).equals(";") || t.norm(k).equals(":")) {
        to = k;
        break;
      }
    }
    return new int[] {from, to};
  }

  private static int clauseEnd(AnalyzedText t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.CLAUSE_BREAKS.contains(t.norm(k)) || (t.norm(k).equals(",") && k - from > 6)) {
        return k;
      }
    }
    return to;
  }

  private static boolean isPassive(AnalyzedText t, Match match) {
    String v = t.norm(match.start());
    boolean participle =
        v.endsWith("ed")
            || v.equals("met")
            || v.equals("sought")
            || v.equals("held")
            || v.equals("struck")
            || v.equals("told")
            || v.equals("written")
            || v.equals("lent");
    if (!participle || (match.end() < t.tokenCount() && t.norm(match.end()).equals("to"))) {
      return false;
    }
    int p = match.start() - 1;
    for (int k = p; k >= Math.max(0, p - 2); k--) {
      if (Words.BE.contains(t.norm(k))) {
        return true;
      }
    }
    return match.end() < t.tokenCount() && t.norm(match.end()).equals("by");
  }

  /** "we"/"I" inside a quote stand for its speaker. */
  private static int firstPersonSpeaker(
      ShallowParse parse, int verb, boolean quoted, int sentence) {
    if (!quoted) {
      return -1;
    }
    AnalyzedText t = parse.text();
    for (int k = verb - 1; k >= Math.max(t.firstToken(sentence), verb - 4); k--) {
      if (FIRST_PERSON.contains(t.norm(k))) {
        for (int s = sentence; s >= 0 && s >= sentence - 1; s--) {
          if (parse.speakerOf(s) >= 0) {
            return parse.speakerOf(s);
          }
        }
        return -1;
      }
      if (parse.mentions().at(k) >= 0) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> DEMONSTRATIVES =
      SectionedWords.of(EventExtractor.class, RESOURCE).words("demonstratives");

  /**
   * "That offer was turned down", "the government has ignored these appeals": the earlier event a
   * demonstrative noun phrase refers back to, in this sentence or the two before.
   */
  private static @Nullable EventMention anaphor(
      AnalyzedText t, List<EventMention> earlier, int sentence, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (!DEMONSTRATIVES.contains(t.norm(k))) {
        continue;
      }
      int noun = k + 1;
      if (noun + 1 < to && !ANAPHORIC_NOUNS.containsKey(t.norm(noun))) {
        noun++;
      }
      EventAction kind = ANAPHORIC_NOUNS.get(t.norm(noun));
      if (kind == null) {
        continue;
      }
      int minStart = t.sentenceSpan(Math.max(0, sentence - 2)).start();
      for (int e = earlier.size() - 1; e >= 0; e--) {
        EventMention ev = earlier.get(e);
        if (ev.provenance().sentence().start() < minStart) {
          break;
        }
        if (ev.action() == kind && ev.provenance().span().start() < t.start(k)) {
          return ev;
        }
      }
    }
    return null;
  }

  /** "a plan drafted by Paris, which Berlin endorsed": the actor just before "which". */
  private static int relativeAntecedent(ShallowParse parse, int sentence, int verb) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int first = t.firstToken(sentence);
    int which = -1;
    for (int k = verb - 1; k >= Math.max(first, verb - 5); k--) {
      if (t.norm(k).equals("which") || t.norm(k).equals("whom")) {
        which = k;
        break;
      }
    }
    if (which < 0) {
      return -1;
    }
    for (int k = which - 1; k >= Math.max(first, which - 5); k--) {
      String w = t.norm(k);
      if (w.endsWith("ing") && m.at(k) < 0) {
        return -1;
      }
      int mention = m.at(k);
      if (mention >= 0) {
        return m.actor(mention);
      }
    }
    return -1;
  }

  /**
   * "President Trump’s push …, following discussions with X": the possessor opening the sentence.
   */
  private static int leadingPossessor(ShallowParse parse, int sentence) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int first = t.firstToken(sentence);
    for (int k = first; k < Math.min(first + 3, t.endToken(sentence)); k++) {
      int mention = m.at(k);
      if (mention >= 0) {
        return m.isPossessive(mention) ? m.actor(mention) : -1;
      }
    }
    return -1;
  }

  /** "In a call with the chancellor, the president said …": the subject after a fronted phrase. */
  private static int frontedSubject(ShallowParse parse, int sentence, int trigger) {
    AnalyzedText t = parse.text();
    int first = t.firstToken(sentence);
    String opener = t.norm(first);
    if (!Words.PREPOSITIONS.contains(opener) && !opener.endsWith("ing") && !opener.equals("by")) {
      return -1;
    }
    Mentions m = parse.mentions();
    for (int k = first; k < t.endToken(sentence); k++) {
      if (!t.norm(k).equals(",")) {
        continue;
      }
      for (int j = k + 1; j < Math.min(t.endToken(sentence), k + 4); j++) {
        int mention = m.at(j);
        if (mention >= 0) {
          if (parse.isSubjectCandidate(mention)) {
            return k > trigger ? m.actor(mention) : -1;
          }
          break;
        }
      }
    }
    return -1;
  }

  /** The owner of a noun trigger: "Putin’s rejection", "Russian proposals", "pressure from X". */
  private static int owner(ShallowParse parse, Match match) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int s = t.sentenceOf(match.start());
    for (int i = match.start() - 1; i >= Math.max(t.firstToken(s), match.start() - 4); i--) {
      int mention = m.at(i);
      if (mention >= 0) {
        if (m.isPossessive(mention) || m.end(mention) == match.start()) {
          return t.norm(match.start()).equals("pressure") ? -1 : m.actor(mention);
        }
        break;
      }
      String w = t.norm(i);
      if (LIGHT_VERBS.contains(w)) {
        break;
      }
      if (w.equals("his") || w.equals("her") || w.equals("its") || w.equals("their")) {
        return parse.resolvePronoun(i);
      }
      if (!w.equals("'s")
          && !w.equals("'")
          && !DETERMINERS.contains(w)
          && !isModifier(w)
          && !(t.isWord(i) && !t.isCapitalized(i) && !w.endsWith("ed") && !w.endsWith("ing"))) {
        break;
      }
    }
    for (int i = match.start() - 1; i >= Math.max(t.firstToken(s), match.start() - 5); i--) {
      if (LIGHT_VERBS.contains(t.norm(i))) {
        for (int k = i - 1; k >= Math.max(t.firstToken(s), i - 8); k--) {
          String w = t.norm(k);
          if (w.equals(",")) {
            break;
          }
          if (Words.MODALS.contains(w)
              || w.equals("will")
              || w.equals("'ll")
              || (w.equals("to") && k == i - 1)) {
            return -1;
          }
        }
        int subject = parse.subjectOf(i, !parse.isQuoted(i));
        if (subject < 0) {
          subject = frontedSubject(parse, s, i);
        }
        if (subject >= 0) {
          return subject;
        }
        break;
      }
      if (m.at(i) >= 0) {
        break;
      }
    }
    int k = match.end();
    int end = t.endToken(s);
    if (k + 1 < end && (t.norm(k).equals("from") || t.norm(k).equals("by"))) {
      List<Integer> agents = new ArrayList<>();
      collect(parse, k + 1, end, agents);
      if (!agents.isEmpty()) {
        return agents.get(0);
      }
    }
    return -1;
  }

  private static boolean isModifier(String w) {
    return w.endsWith("able")
        || w.endsWith("ible")
        || w.endsWith("ent")
        || w.endsWith("ant")
        || w.endsWith("less")
        || w.endsWith("ed")
        || w.endsWith("ing")
        || w.endsWith("al")
        || w.endsWith("ive")
        || w.endsWith("ic")
        || w.endsWith("ous")
        || w.endsWith("-day")
        || w.endsWith("ful")
        || w.equals("direct")
        || w.equals("late-night")
        || w.equals("-");
  }

  /** The first actor after the trigger in its clause, with actors coordinated with it. */
  private static void targets(ShallowParse parse, Match match, int sentence, List<Integer> out) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int end = t.endToken(sentence);
    int limit = Math.min(end, match.end() + 12);
    for (int k = match.end(); k < limit; k++) {
      String w = t.norm(k);
      if (w.equals(":") && k == match.end()) {
        continue;
      }
      if (STOPS.contains(w) || (w.equals(",") && k > match.end())) {
        return;
      }
      if (parse.isQuoted(k) != parse.isQuoted(match.start())) {
        return;
      }
      int mention = m.at(k);
      if (mention >= 0) {
        String prep = parse.prepositionBefore(mention);
        if (prep.isEmpty()
            || TARGET_PREPOSITIONS.contains(prep)
            || (m.isPossessive(mention) && prep.equals("in"))) {
          collect(parse, k, end, out);
        }
        return;
      }
      if ((w.equals("his") || w.equals("her") || w.equals("their")) && k <= match.end() + 1) {
        int owner = recentOther(parse, k, match.start(), w.equals("their"));
        if (owner >= 0) {
          out.add(owner);
        }
        return;
      }
      if (Words.PERSON_PRONOUNS.contains(w)
          || Words.GROUP_PRONOUNS.contains(w)
          || w.equals("him")
          || w.equals("her")
          || w.equals("them")) {
        return;
      }
    }
  }

  /**
   * The actor a possessive pronoun after a verb refers to: the nearest compatible mention before
   * the verb that is not the verb's own subject ("Putin … commending his efforts" → not Putin).
   */
  private static int recentOther(ShallowParse parse, int pronoun, int verb, boolean group) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int subject = parse.subjectOf(verb, !parse.isQuoted(verb));
    int first = t.firstToken(t.sentenceOf(pronoun));
    // only actors named after the subject: "Putin … antagonizing Trump by commending his …"
    for (int k = verb - 1; k >= first; k--) {
      int mention = m.at(k);
      if (mention >= 0 && m.actor(mention) == subject) {
        first = m.end(mention);
        break;
      }
    }
    for (int k = verb - 1; k >= first; k--) {
      int mention = m.at(k);
      if (mention < 0) {
        continue;
      }
      boolean person = m.actorKind(mention) == ActorKind.PERSON;
      if (person != group && m.actor(mention) != subject) {
        return m.actor(mention);
      }
      k = m.start(mention);
    }
    return -1;
  }

  /** Collects the mention at or after token k and the mentions coordinated with it by "and". */
  private static void collect(ShallowParse parse, int k, int end, List<Integer> out) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int i = k;
    while (i < end) {
      if (t.norm(i).equals("the")) {
        i++;
        continue;
      }
      int mention = m.at(i);
      if (mention < 0) {
        return;
      }
      out.add(m.actor(mention));
      i = m.end(mention);
      if (i < end && m.isPossessive(mention)) {
        return;
      }
      if (i + 1 < end && t.norm(i).equals(",") && m.at(i + 1) >= 0) {
        i = i + 1;
        continue;
      }
      if (i < end && t.norm(i).equals("and")) {
        int j = i + 1;
        int skipped = 0;
        while (j < end
            && m.at(j) < 0
            && skipped < 3
            && !t.norm(j).equals(",")
            && !t.norm(j).endsWith("ing")
            && !t.norm(j).endsWith("ed")) {
          j++;
          skipped++;
        }
        if (j < end && m.at(j) >= 0) {
          i = j;
          continue;
        }
      }
      return;
    }
  }

  /** "Kyiv and the West rejected": the actor coordinated before the subject. */
  private static void coordinated(ShallowParse parse, int verb, int subject, List<Integer> out) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int s = t.sentenceOf(verb);
    for (int i = verb - 1; i >= t.firstToken(s); i--) {
      int mention = m.at(i);
      if (mention >= 0 && m.actor(mention) == subject) {
        int p = m.start(mention) - 1;
        if (p > t.firstToken(s) && t.norm(p).equals("and")) {
          int q = m.at(p - 1);
          if ((q >= 0 && parse.isSubjectCandidate(q) && m.actorKind(q) != ActorKind.COALITION)
              || (q >= 0 && m.actorKind(q) == ActorKind.COALITION)) {
            out.add(m.actor(q));
          }
        }
        return;
      }
    }
  }
}
