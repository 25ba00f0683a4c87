package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.quote.ReportingSpeakers;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.SectionedWords;
import dev.parley.ingest.parse.DependencyTree;
import dev.parley.ingest.parse.Upos;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Codes reported speech: every reporting clause (quoted or indirect speech, "according to X") whose
 * speaker names a known actor gives one event, with the speaker as its source, coded by its verb or
 * by the content of the clause it reports ({@code demand}, {@code appeal}, {@code propose}, {@code
 * reject}, {@code accept}, {@code threaten}, {@code warn}, {@code criticize}, {@code praise}), else
 * {@code statement}. Instances are stateless.
 */
public final class ReportedSpeech {
  /*
   * The clause is read from the dependency parse of its sentence (ADR 0014) and the speaker from
   * the quote stage's resolution (ReportingSpeakers), so a quote and its statement event always
   * name the same speaker. A clause is left out when the parse scopes a negation, a modal or
   * future auxiliary, a condition ("if", "unless") or an infinitive ("plans to say") over its verb,
   * when it is passive (the agent is unnamed), and when its verb stands inside a quote (a speaker
   * reporting someone else). The target is the verb's object ("urged X", "accused X"), the object
   * of "on" ("called on X"), or, for a demand or an appeal, the subject of the reported clause
   * ("insisted that X must …"); a statement has none. The cue lists are in speech-acts.txt, one
   * concept a section, following the event rules of the gold README ("Event vocabulary").
   */

  /** The stage's name in provenance. */
  public static final String NAME = "reported-speech";

  /** The version of the stage's rules and cue lists. */
  public static final String VERSION = "1";

  private static final String RESOURCE = "speech-acts.txt";

  /** Speech acts coded by their verb, in the order they are tried. */
  private static final Map<EventAction, Set<String>> BY_VERB = new LinkedHashMap<>();

  /** Speech acts coded by a word of the reported clause, in the order they are tried. */
  private static final Map<EventAction, Set<String>> BY_CONTENT = new LinkedHashMap<>();

  private static final Map<EventAction, PloverEvent> PLOVER = new EnumMap<>(EventAction.class);

  private static final Set<String> APPEAL_WITH_FOR;
  private static final Set<String> APPEAL_WITH_OBJECT_TO;
  private static final Set<String> MODALS;
  private static final Set<String> CONDITIONALS;

  private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "xcomp", "parataxis");

  static {
    SectionedWords words = SectionedWords.of(ReportedSpeech.class, RESOURCE);
    for (EventAction a :
        List.of(
            EventAction.DEMAND,
            EventAction.APPEAL,
            EventAction.PROPOSE,
            EventAction.REJECT,
            EventAction.ACCEPT,
            EventAction.THREATEN,
            EventAction.WARN,
            EventAction.CRITICIZE,
            EventAction.PRAISE)) {
      BY_VERB.put(a, words.words(a.name().toLowerCase(Locale.ROOT) + "-verbs"));
    }
    for (EventAction a :
        List.of(EventAction.DEMAND, EventAction.WARN, EventAction.CRITICIZE, EventAction.PRAISE)) {
      BY_CONTENT.put(a, words.words(a.name().toLowerCase(Locale.ROOT) + "-content"));
    }
    for (String entry : words.entries("plover")) {
      String[] parts = entry.split(" ", -1);
      if (parts.length != 2) {
        throw new IllegalStateException(
            "expected \"action PLOVER\" in " + RESOURCE + " [plover], but found \"" + entry + "\"");
      }
      PLOVER.put(
          EventAction.valueOf(parts[0].toUpperCase(Locale.ROOT)), PloverEvent.valueOf(parts[1]));
    }
    APPEAL_WITH_FOR = words.words("appeal-with-for");
    APPEAL_WITH_OBJECT_TO = words.words("appeal-with-object-to");
    MODALS = words.words("modal-auxiliaries");
    CONDITIONALS = words.words("conditional-marks");
  }

  private ReportedSpeech() {}

  /** Returns the events of the document's reporting clauses, in text order. */
  public static List<EventMention> extract(DocumentId document, ShallowParse parse) {
    AnalyzedText t = parse.text();
    ReportingSpeakers speakers = new ReportingSpeakers(parse);
    IssueVocabulary.Index issues = new IssueVocabulary.Index(t);
    List<EventMention> out = new ArrayList<>();
    for (int s = 0; s < t.sentenceCount(); s++) {
      if (t.isHeading(s) || t.endToken(s) - t.firstToken(s) > 120) {
        continue;
      }
      if (!mayReport(t, s)) {
        continue;
      }
      DependencyTree tree = parse.tree(s);
      int base = t.firstToken(s);
      Set<String> seen = new HashSet<>();
      for (int w = 0; w < tree.size(); w++) {
        if (parse.isQuoted(base + w)) {
          continue;
        }
        EventMention e;
        if (tree.form(w).equalsIgnoreCase("according")) {
          e = according(document, parse, speakers, issues, s, w);
        } else {
          e = clause(document, parse, speakers, issues, s, w);
        }
        if (e != null && seen.add(e.sources() + "|" + e.action())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Whether sentence {@code s} holds a reporting verb or "according", so is worth parsing. */
  private static boolean mayReport(AnalyzedText t, int s) {
    for (int i = t.firstToken(s); i < t.endToken(s); i++) {
      String w = t.norm(i);
      if (w.equals("according") || isReporting(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReporting(String lower) {
    if (ReportingSpeakers.isReportingVerb(lower)) {
      return true;
    }
    for (Set<String> verbs : BY_VERB.values()) {
      if (verbs.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable EventMention according(
      DocumentId document,
      ShallowParse parse,
      ReportingSpeakers speakers,
      IssueVocabulary.Index issues,
      int s,
      int w) {
    int speaker = speakers.accordingTo(s, w);
    if (speaker < 0) {
      return null;
    }
    AnalyzedText t = parse.text();
    IssueId issue = issue(issues, t.firstToken(s), t.endToken(s));
    return event(document, parse, s, w, EventAction.STATEMENT, speaker, -1, issue);
  }

  private static @Nullable EventMention clause(
      DocumentId document,
      ShallowParse parse,
      ReportingSpeakers speakers,
      IssueVocabulary.Index issues,
      int s,
      int verb) {
    DependencyTree tree = parse.tree(s);
    String form = tree.form(verb).toLowerCase(Locale.ROOT);
    if ((tree.tag(verb) != Upos.VERB && tree.tag(verb) != Upos.AUX) || !isReporting(form)) {
      return null;
    }
    if (!isFactual(tree, verb)) {
      return null;
    }
    int speaker = speakers.speakerOfVerb(s, verb);
    if (speaker < 0) {
      return null;
    }
    int[] content = content(tree, verb);
    EventAction action = code(tree, verb, form, content);
    int target = action == EventAction.STATEMENT ? -1 : target(parse, s, verb, action);
    if (target == speaker) {
      target = -1;
    }
    AnalyzedText t = parse.text();
    int base = t.firstToken(s);
    int from = base + verb + 1;
    int to = t.endToken(s);
    if (content.length > 0) {
      from = base + content[0];
      to = base + content[content.length - 1] + 1;
    }
    IssueId issue = issue(issues, from, to);
    return event(document, parse, s, verb, action, speaker, target, issue);
  }

  /**
   * Whether the reporting verb is told as having happened: not negated, without a modal or future
   * auxiliary, not under a condition, not an infinitive, not passive; and the same for the clauses
   * it depends on.
   */
  static boolean isFactual(DependencyTree tree, int verb) {
    if (tree.isPassive(verb)) {
      return false;
    }
    int w = verb;
    for (int steps = 0; w >= 0 && steps < 4; steps++) {
      if (tree.isNegated(w)) {
        return false;
      }
      for (int c : tree.children(w)) {
        String rel = tree.baseRelation(c);
        String lower = tree.form(c).toLowerCase(Locale.ROOT);
        if (rel.equals("aux") && MODALS.contains(lower)) {
          return false;
        }
        if (rel.equals("mark") && (CONDITIONALS.contains(lower) || lower.equals("to"))) {
          return false;
        }
      }
      String rel = tree.baseRelation(w);
      if (!rel.equals("conj") && !rel.equals("advcl") && !rel.equals("xcomp")) {
        break;
      }
      w = tree.head(w);
    }
    String rel = tree.baseRelation(verb);
    return !rel.equals("amod") && !rel.equals("acl");
  }

  /**
   * The words of the clause the verb reports: its clausal complements, or, when the verb is
   * attached to a quote ("“…,” she said"), the quote's clause without the verb's own words.
   */
  static int[] content(DependencyTree tree, int verb) {
    List<Integer> words = new ArrayList<>();
    for (int c : tree.children(verb)) {
      if (CONTENT_RELATIONS.contains(tree.baseRelation(c))) {
        for (int x : tree.subtree(c)) {
          words.add(x);
        }
      }
    }
    int head = tree.head(verb);
    if (words.isEmpty() && head >= 0 && tree.baseRelation(verb).equals("parataxis")) {
      Set<Integer> own = new HashSet<>();
      for (int x : tree.subtree(verb)) {
        own.add(x);
      }
      for (int x : tree.subtree(head)) {
        if (!own.contains(x)) {
          words.add(x);
        }
      }
    }
    words.sort(null);
    return words.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The action of a reporting clause: by its verb, else by the words it reports. */
  static EventAction code(DependencyTree tree, int verb, String form, int[] content) {
    for (Map.Entry<EventAction, Set<String>> e : BY_VERB.entrySet()) {
      if (e.getValue().contains(form)) {
        return e.getKey();
      }
    }
    if (APPEAL_WITH_FOR.contains(form) && verb + 1 < tree.size()) {
      String next = tree.form(verb + 1).toLowerCase(Locale.ROOT);
      if (next.equals("for") || next.equals("on")) {
        return EventAction.APPEAL;
      }
    }
    if (APPEAL_WITH_OBJECT_TO.contains(form)
        && tree.objectOf(verb).isPresent()
        && tree.childrenWith(verb, "xcomp").length > 0) {
      return EventAction.APPEAL;
    }
    for (Map.Entry<EventAction, Set<String>> e : BY_CONTENT.entrySet()) {
      for (int x : content) {
        if (e.getValue().contains(tree.form(x).toLowerCase(Locale.ROOT))) {
          return e.getKey();
        }
      }
    }
    return EventAction.STATEMENT;
  }

  /**
   * The actor the clause is addressed to or about: the verb's object, the object of "on" after it,
   * or for a demand or an appeal the subject of the reported clause; -1 when none names an actor.
   */
  private static int target(ShallowParse parse, int s, int verb, EventAction action) {
    DependencyTree tree = parse.tree(s);
    var object = tree.objectOf(verb);
    if (object.isPresent()) {
      int a = actorAt(parse, s, object.getAsInt());
      if (a >= 0) {
        return a;
      }
    }
    for (int c : tree.childrenWith(verb, "iobj")) {
      int a = actorAt(parse, s, c);
      if (a >= 0) {
        return a;
      }
    }
    for (int c : tree.childrenWith(verb, "obl")) {
      for (int k : tree.childrenWith(c, "case")) {
        String p = tree.form(k).toLowerCase(Locale.ROOT);
        if (p.equals("on") || p.equals("to")) {
          int a = actorAt(parse, s, c);
          if (a >= 0) {
            return a;
          }
        }
      }
    }
    if (action == EventAction.DEMAND || action == EventAction.APPEAL) {
      for (int c : tree.children(verb)) {
        if (CONTENT_RELATIONS.contains(tree.baseRelation(c))) {
          var subject = tree.subjectOf(c);
          if (subject.isPresent()) {
            int a = actorAt(parse, s, subject.getAsInt());
            if (a >= 0) {
              return a;
            }
          }
        }
      }
    }
    return -1;
  }

  /** The actor a mention on word {@code w} of sentence {@code s}, or a name beside it, names. */
  private static int actorAt(ShallowParse parse, int s, int w) {
    Mentions m = parse.mentions();
    int base = parse.text().firstToken(s);
    int mention = m.at(base + w);
    if (mention >= 0) {
      return m.actor(mention);
    }
    DependencyTree tree = parse.tree(s);
    for (int c : tree.children(w)) {
      String rel = tree.baseRelation(c);
      if (rel.equals("flat") || rel.equals("compound") || rel.equals("appos")) {
        int mc = m.at(base + c);
        if (mc >= 0) {
          return m.actor(mc);
        }
      }
    }
    return -1;
  }

  private static IssueId issue(IssueVocabulary.Index issues, int from, int to) {
    IssueId issue = issues.first(from, to, true);
    return issue == null ? IssueVocabulary.OTHER : issue;
  }

  private static EventMention event(
      DocumentId document,
      ShallowParse parse,
      int s,
      int w,
      EventAction action,
      int speaker,
      int target,
      IssueId issue) {
    AnalyzedText t = parse.text();
    Mentions m = parse.mentions();
    int token = t.firstToken(s) + w;
    List<ActorId> targets = target >= 0 ? List.of(m.actors().get(target).id()) : List.of();
    return new EventMention(
        action,
        PLOVER.get(action),
        null,
        EventExtractor.contexts(issue),
        List.of(m.actors().get(speaker).id()),
        targets,
        false,
        false,
        false,
        issue,
        t.text(token, token + 1),
        new Provenance(document, t.span(token, token + 1), t.sentenceSpan(s), NAME, VERSION, 0.6));
  }
}
