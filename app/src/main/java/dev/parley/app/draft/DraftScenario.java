package dev.parley.app.draft;

import dev.parley.app.draft.ScenarioDraft.AssumedValue;
import dev.parley.app.draft.ScenarioDraft.CandidateIssue;
import dev.parley.app.draft.ScenarioDraft.CandidateOption;
import dev.parley.app.draft.ScenarioDraft.DraftActor;
import dev.parley.app.draft.ScenarioDraft.StatedPosition;
import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.Stance;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Basis;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.Estimate;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceId;
import dev.parley.core.model.UtilityModel;
import dev.parley.core.validate.DiagnosticText;
import dev.parley.core.validate.Severity;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorEntry;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.io.scenario.ScenarioWriter;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import dev.parley.store.workspace.WorkspaceWarning;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley draft}: a scenario drafted from the evidence already in a
 * workspace, for an analyst to edit rather than write.
 *
 * <p>The actors are the ones the documents mention, ranked by prominence (documents, then mentions,
 * then evidence items), with the words the documents call them by as aliases and the state a person
 * acts for as membership. The issues are the topics on which actors demand, propose, accept or
 * reject something: the extractor's issue where its vocabulary names one, else the word the
 * statements share most. Each issue gets three options (the demand not met, half met, met), and
 * each party (a state, organisation or coalition, or a person acting for no one) a stance per issue
 * it speaks on, whose ideal is the share of its statements that support the demand, citing them.
 * Everything the evidence does not give (salience, capability, reservation value, patience) is
 * written as an assumption with a note and a comment on what would settle it. The same workspace
 * gives the same draft, byte for byte.
 */
public final class DraftScenario {
  /** The code of the error for a workspace with no statement to draft from. */
  public static final String NO_POSITIONS = "draft-no-positions";

  /** The most issues a draft keeps: the best attested, so that the analyses stay quick. */
  public static final int MAX_ISSUES = 10;

  /** The reservation value every party is given until evidence says otherwise. */
  static final double RESERVATION = 0.4;

  /** The capability every party is given until evidence says otherwise. */
  static final double CAPABILITY = 1;

  /** The patience (discount factor per year) every party is given. */
  static final double PATIENCE = 0.9;

  private static final String NONE = "none";
  private static final String PARTIAL = "partial";
  private static final String FULL = "full";

  private static final Set<String> STOP =
      Set.of(
          "about",
          "above",
          "across",
          "after",
          "again",
          "against",
          "along",
          "also",
          "among",
          "another",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "could",
          "during",
          "each",
          "either",
          "else",
          "even",
          "every",
          "from",
          "further",
          "have",
          "having",
          "here",
          "into",
          "itself",
          "just",
          "last",
          "least",
          "less",
          "like",
          "made",
          "make",
          "many",
          "more",
          "most",
          "much",
          "must",
          "neither",
          "never",
          "next",
          "none",
          "only",
          "onto",
          "other",
          "others",
          "over",
          "same",
          "said",
          "says",
          "should",
          "since",
          "some",
          "such",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "under",
          "until",
          "upon",
          "very",
          "want",
          "wants",
          "week",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "whom",
          "whose",
          "will",
          "with",
          "within",
          "without",
          "would",
          "year",
          "years",
          "your",
          "month",
          "months",
          "days",
          "today",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "statement",
          "told",
          "reported",
          "according",
          "officials",
          "official",
          "plan",
          "proposal",
          "proposals",
          "offer",
          "offers",
          "demand",
          "demands",
          "call",
          "calls",
          "percent",
          "per",
          "cent",
          "any",
          "all",
          "its",
          "his",
          "her",
          "our",
          "the",
          "and",
          "for",
          "not",
          "new",
          "now",
          "once",
          "still",
          "first",
          "well",
          "way",
          "part",
          "take",
          "give",
          "might",
          "may",
          "can",
          "cannot",
          "given",
          "shall",
          "ought");

  /** Words that end the clause after a trigger: what follows is another statement. */
  private static final Set<String> CLAUSE_ENDS =
      Set.of("and", "but", "or", "while", "whereas", "which", "who", "because");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\\u2019-]*");

  private DraftScenario() {}

  /**
   * What the use case gives back.
   *
   * @param draft the draft, or null when the workspace could not be read or holds no statement to
   *     draft from
   * @param messages the workspace's problems and warnings, and why no draft was made, formatted
   */
  public record Result(@Nullable ScenarioDraft draft, List<String> messages) {
    /** Copies the list. */
    public Result {
      messages = List.copyOf(messages);
    }

    /** Returns whether no draft was made. */
    public boolean failed() {
      return draft == null;
    }
  }

  /** Drafts a scenario from the evidence in a workspace. */
  public static Result run(Path workspace) {
    List<String> messages = new ArrayList<>();
    if (!Workspace.exists(workspace)) {
      messages.add(Workspace.missing(workspace).format());
      return new Result(null, messages);
    }
    ScenarioDraft draft;
    try (Workspace ws = Workspace.open(workspace)) {
      for (WorkspaceWarning w : ws.warnings()) {
        messages.add(w.format());
      }
      draft = draft(read(ws));
    } catch (WorkspaceException e) {
      messages.add(e.format());
      return new Result(null, messages);
    } catch (UncheckedWorkspaceException e) {
      messages.add(e.getCause().format());
      return new Result(null, messages);
    }
    if (draft == null) {
      messages.add(
          DiagnosticText.format(
              workspace.toString(),
              Severity.ERROR,
              NO_POSITIONS,
              "expected an actor that demands, proposes, accepts or rejects something, but the"
                  + " workspace holds none, so there is nothing to draft from",
              "ingest articles that report what the parties want: parley ingest PATH..."
                  + " --workspace "
                  + workspace));
    }
    return new Result(draft, messages);
  }

  /** Returns the draft as YAML, with its comments. */
  public static String yaml(ScenarioDraft draft) {
    return ScenarioWriter.toYaml(draft.scenario(), draft.header(), draft.comments());
  }

  /** Returns the draft as JSON, in the layout of docs/schema/draft.schema.json. */
  public static String json(ScenarioDraft draft) {
    return DraftJson.write(draft);
  }

  // ---------------------------------------------------------------- reading the workspace

  /** What the draft reads from a workspace. */
  record Material(
      List<Document> documents,
      Map<DocumentId, List<FoundActor>> found,
      List<StoredEvidence> evidence) {}

  static Material read(Workspace ws) {
    List<Document> documents = new ArrayList<>();
    Map<DocumentId, List<FoundActor>> found = new LinkedHashMap<>();
    for (DocumentId id : ws.documentIds()) {
      ws.document(id).ifPresent(documents::add);
      found.put(id, ws.actors(id));
    }
    List<StoredEvidence> evidence =
        ws.find(
            EvidenceQuery.all()
                .withTypes(EnumSet.allOf(EvidenceType.class))
                .withLimit(Integer.MAX_VALUE));
    return new Material(documents, found, evidence);
  }

  // ---------------------------------------------------------------- drafting

  /** One statement of an actor on a topic. */
  private record Statement(
      String evidenceId,
      ActorId actor,
      Stance stance,
      String topic,
      boolean vocabulary,
      DocumentId document,
      String sentence) {
    boolean supports() {
      return stance == Stance.DEMANDS || stance == Stance.PROPOSES || stance == Stance.ACCEPTS;
    }
  }

  /** What the workspace says of one actor, over all documents. */
  private static final class Seen {
    final ActorId id;
    String name;
    ActorKind kind;
    @Nullable ActorId affiliation;
    final Set<String> forms = new LinkedHashSet<>();
    final Set<DocumentId> documents = new HashSet<>();
    int mentions;
    int evidence;
    boolean historical;

    Seen(FoundActor a) {
      this.id = a.id();
      this.name = a.name();
      this.kind = a.kind();
      this.affiliation = a.affiliation();
    }
  }

  static @Nullable ScenarioDraft draft(Material m) {
    ActorDirectory registry = ActorDirectory.builtIn();
    Map<ActorId, Seen> seen = new TreeMap<>(Comparator.comparing(ActorId::value));
    for (Map.Entry<DocumentId, List<FoundActor>> e : m.found().entrySet()) {
      for (FoundActor a : e.getValue()) {
        Seen s = seen.computeIfAbsent(a.id(), k -> new Seen(a));
        if (s.affiliation == null) {
          s.affiliation = a.affiliation();
        }
        s.forms.addAll(a.mentions());
        s.documents.add(e.getKey());
        s.historical = registry.entry(a.id()).map(ActorEntry::historical).orElse(false);
      }
    }
    // mentions and evidence per actor; the statements on topics
    Map<String, Statement> byPlace = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    List<EventStatement> untopical = new ArrayList<>();
    for (StoredEvidence ev : m.evidence()) {
      ExtractedItem item = ev.item();
      for (ActorId a : involved(item)) {
        Seen s = seen.get(a);
        if (s != null) {
          if (item instanceof ActorMention) {
            s.mentions++;
          } else {
            s.evidence++;
          }
        }
      }
      if (item instanceof PositionClaim p) {
        String issue = p.issue().value();
        boolean vocabulary = !isUnlisted(issue);
        Statement st =
            new Statement(
                ev.id(),
                p.actor(),
                p.stance(),
                vocabulary ? issue : "",
                vocabulary,
                p.provenance().document(),
                ev.sentence());
        String place = place(p.provenance().document(), p.provenance().span().start(), p.actor());
        if (!byPlace.containsKey(place)) {
          byPlace.put(place, st);
          if (vocabulary) {
            statements.add(st);
          } else {
            untopical.add(new EventStatement(st, words(ev, p.provenance())));
          }
        }
      }
    }
    for (StoredEvidence ev : m.evidence()) {
      if (!(ev.item() instanceof EventMention e)) {
        continue;
      }
      Stance stance = stanceOf(e, ev.sentence());
      if (stance == null) {
        continue;
      }
      String issue = e.issue() == null ? "other" : e.issue().value();
      boolean vocabulary = !isUnlisted(issue);
      List<String> words = vocabulary ? List.of() : words(ev, e.provenance());
      for (ActorId actor : e.sources()) {
        String place = place(e.provenance().document(), e.provenance().span().start(), actor);
        if (byPlace.containsKey(place)) {
          continue;
        }
        Statement st =
            new Statement(
                ev.id(),
                actor,
                stance,
                vocabulary ? issue : "",
                vocabulary,
                e.provenance().document(),
                ev.sentence());
        byPlace.put(place, st);
        if (vocabulary) {
          statements.add(st);
        } else {
          untopical.add(new EventStatement(st, words));
        }
      }
    }
    statements.addAll(byWords(untopical));
    // the parties: a person who acts for a state or organisation speaks for it
    Map<ActorId, ActorId> partyOf = new HashMap<>();
    for (Statement st : statements) {
      partyOf.computeIfAbsent(st.actor(), a -> partyOf(a, seen, registry));
    }
    statements.removeIf(st -> !seen.containsKey(partyOf.get(st.actor())));
    if (statements.isEmpty()) {
      return null;
    }
    // the topics, best attested first
    Map<String, List<Statement>> byTopic = new LinkedHashMap<>();
    for (Statement st : statements) {
      byTopic.computeIfAbsent(st.topic(), k -> new ArrayList<>()).add(st);
    }
    List<String> topics = new ArrayList<>(byTopic.keySet());
    // a topic drafted from a shared word needs two statements; one alone is more often noise
    topics.removeIf(t -> !must(byTopic, t).getFirst().vocabulary() && must(byTopic, t).size() < 2);
    if (topics.isEmpty()) {
      return null;
    }
    topics.sort(
        Comparator.comparingInt((String t) -> -must(byTopic, t).size())
            .thenComparingInt(t -> -parties(must(byTopic, t), partyOf).size())
            .thenComparingInt(t -> must(byTopic, t).getFirst().vocabulary() ? 0 : 1)
            .thenComparing(t -> t));
    List<String> kept = topics.subList(0, Math.min(MAX_ISSUES, topics.size()));
    List<String> dropped = topics.subList(kept.size(), topics.size());
    // which actors the draft lists, and their ids in the scenario
    Set<ActorId> parties = new LinkedHashSet<>();
    for (String t : kept) {
      parties.addAll(parties(must(byTopic, t), partyOf));
    }
    Set<ActorId> listed = new HashSet<>(parties);
    for (Seen s : seen.values()) {
      if (!s.historical && (s.evidence > 0 || s.documents.size() >= 2)) {
        listed.add(s.id);
      }
    }
    for (ActorId a : List.copyOf(listed)) {
      ActorId aff = must(seen, a).affiliation;
      if (aff != null && seen.containsKey(aff) && !aff.equals(a)) {
        listed.add(aff);
      }
    }
    List<Seen> ranked =
        seen.values().stream()
            .filter(s -> listed.contains(s.id))
            .sorted(
                Comparator.comparingInt((Seen s) -> -s.documents.size())
                    .thenComparingInt(s -> -s.mentions)
                    .thenComparingInt(s -> -s.evidence)
                    .thenComparing(s -> s.id.value()))
            .toList();
    Map<ActorId, String> ids = scenarioIds(ranked);
    Map<DocumentId, Document> docs = new LinkedHashMap<>();
    m.documents().forEach(d -> docs.put(d.id(), d));
    return new Drafting(m, docs, seen, ranked, ids, partyOf, byTopic, kept, dropped, parties)
        .build();
  }

  /** A statement on a topic the vocabulary leaves open, with the words after its trigger. */
  private record EventStatement(Statement statement, List<String> words) {}

  private static boolean isUnlisted(String issue) {
    return issue.equals("other") || issue.equals("summit");
  }

  private static String place(DocumentId document, int start, ActorId actor) {
    return document.value() + "@" + start + "@" + actor.value();
  }

  /** The stance an event states, or null when it states none (or did not happen). */
  private static @Nullable Stance stanceOf(EventMention e, String sentence) {
    if (e.negated() || e.hypothetical()) {
      return null;
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean never =
        lower.contains("never") || lower.contains("red line") || lower.contains("non-negotiable");
    if (e.future() && !(never && e.action() == dev.parley.core.evidence.EventAction.REJECT)) {
      return null;
    }
    return switch (e.action()) {
      case DEMAND -> Stance.DEMANDS;
      case PROPOSE -> Stance.PROPOSES;
      case ACCEPT -> Stance.ACCEPTS;
      case REJECT -> never ? Stance.RED_LINE : Stance.REJECTS;
      default -> null;
    };
  }

  /** The actors an item involves in any role. */
  private static List<ActorId> involved(ExtractedItem item) {
    return switch (item) {
      case ActorMention a -> List.of(a.actor());
      case Quote q -> q.speaker() == null ? List.of() : List.of(q.speaker());
      case EventMention e -> {
        List<ActorId> all = new ArrayList<>(e.sources());
        e.targets().stream().filter(t -> !all.contains(t)).forEach(all::add);
        yield all;
      }
      case PositionClaim p -> List.of(p.actor());
      case Prediction p -> List.of(p.who());
      default -> List.of();
    };
  }

  /**
   * The content words of the clause after an item's trigger: lower-case words of four letters or
   * more that are not function words, up to the clause's end (a punctuation mark or a conjunction
   * such as "and"), at most eight.
   */
  private static List<String> words(StoredEvidence ev, dev.parley.core.evidence.Provenance p) {
    int from = p.span().end() - p.sentence().start();
    String sentence = ev.sentence();
    if (from < 0 || from > sentence.length()) {
      return List.of();
    }
    String rest = sentence.substring(from);
    int stop = indexOfAny(rest, ",;:.!?\"\u201c\u201d(");
    if (stop >= 0) {
      rest = rest.substring(0, stop);
    }
    List<String> out = new ArrayList<>();
    Matcher w = WORD.matcher(rest);
    while (w.find() && out.size() < 8) {
      String word = w.group();
      if (CLAUSE_ENDS.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (lower.endsWith("'s")) {
        lower = lower.substring(0, lower.length() - 2);
      }
      if (lower.length() >= 4
          && !STOP.contains(lower)
          && !lower.endsWith("ed")
          && !lower.endsWith("ly")
          && !lower.contains("'")
          && !out.contains(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Groups statements the vocabulary leaves open by the word they share most: each takes, of the
   * words after its trigger, the one most statements name (the first of equals); a statement whose
   * words no other statement names keeps its first word; one with no word is left out.
   */
  private static List<Statement> byWords(List<EventStatement> open) {
    Map<String, Integer> count = new HashMap<>();
    for (EventStatement e : open) {
      for (String w : e.words()) {
        count.merge(w, 1, Integer::sum);
      }
    }
    List<Statement> out = new ArrayList<>();
    for (EventStatement e : open) {
      String best = null;
      for (String w : e.words()) {
        if (best == null || must(count, w) > must(count, best)) {
          best = w;
        }
      }
      if (best != null) {
        Statement s = e.statement();
        out.add(
            new Statement(
                s.evidenceId(), s.actor(), s.stance(), best, false, s.document(), s.sentence()));
      }
    }
    return out;
  }

  /** The party an actor speaks for: the state or organisation a person acts for, else itself. */
  private static ActorId partyOf(ActorId actor, Map<ActorId, Seen> seen, ActorDirectory registry) {
    Seen s = seen.get(actor);
    if (s == null) {
      return actor;
    }
    if (s.kind == ActorKind.PERSON && s.affiliation != null && !s.affiliation.equals(actor)) {
      ActorId aff = s.affiliation;
      if (!seen.containsKey(aff)) {
        ActorEntry entry = registry.entry(aff).orElse(null);
        if (entry == null) {
          return actor;
        }
        Seen added =
            new Seen(
                new FoundActor(
                    aff,
                    entry.name(),
                    entry.kind(),
                    entry.code(),
                    entry.affiliation(),
                    List.of(),
                    true));
        seen.put(aff, added);
      }
      return aff;
    }
    return actor;
  }

  private static Set<ActorId> parties(List<Statement> statements, Map<ActorId, ActorId> partyOf) {
    Set<ActorId> out = new LinkedHashSet<>();
    for (Statement s : statements) {
      out.add(must(partyOf, s.actor()));
    }
    return out;
  }

  /** Readable, unique ids: a kebab form of a person's registry id, of anyone else's name. */
  private static Map<ActorId, String> scenarioIds(List<Seen> ranked) {
    Map<ActorId, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Seen s : ranked) {
      String base = kebab(s.kind == ActorKind.PERSON ? s.id.value() : s.name);
      if (base.isEmpty()) {
        base = kebab(s.id.value());
      }
      if (base.isEmpty()) {
        base = "actor";
      }
      String id = base;
      for (int k = 2; !taken.add(id); k++) {
        id = base + "-" + k;
      }
      ids.put(s.id, id);
    }
    return ids;
  }

  static String kebab(String s) {
    String lower =
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  // ---------------------------------------------------------------- the scenario

  /** Builds the scenario and its comments from what the workspace says. */
  private static final class Drafting {
    final Material m;
    final Map<DocumentId, Document> docs;
    final Map<ActorId, Seen> seen;
    final List<Seen> ranked;
    final Map<ActorId, String> ids;
    final Map<ActorId, ActorId> partyOf;
    final Map<String, List<Statement>> byTopic;
    final List<String> kept;
    final List<String> dropped;
    final Set<ActorId> parties;
    final Map<String, String> comments = new LinkedHashMap<>();
    final Map<String, String> issueIds = new HashMap<>();
    final Map<DocumentId, SourceId> sourceIds = new HashMap<>();

    Drafting(
        Material m,
        Map<DocumentId, Document> docs,
        Map<ActorId, Seen> seen,
        List<Seen> ranked,
        Map<ActorId, String> ids,
        Map<ActorId, ActorId> partyOf,
        Map<String, List<Statement>> byTopic,
        List<String> kept,
        List<String> dropped,
        Set<ActorId> parties) {
      this.m = m;
      this.docs = docs;
      this.seen = seen;
      this.ranked = ranked;
      this.ids = ids;
      this.partyOf = partyOf;
      this.byTopic = byTopic;
      this.kept = kept;
      this.dropped = dropped;
      this.parties = parties;
    }

    ScenarioDraft build() {
      List<Source> sources = sources();
      List<Actor> actors = new ArrayList<>();
      List<DraftActor> drafted = new ArrayList<>();
      int rank = 0;
      for (Seen s : ranked) {
        rank++;
        String id = must(ids, s.id);
        List<ActorId> memberOf = new ArrayList<>();
        ActorId affiliation = s.affiliation;
        String parent = affiliation == null ? null : ids.get(affiliation);
        if (parent != null && !s.id.equals(affiliation)) {
          memberOf.add(ActorId.of(parent));
        }
        actors.add(new Actor(ActorId.of(id), s.name, s.kind, memberOf, aliases(s)));
        drafted.add(
            new DraftActor(
                id,
                s.id.value(),
                rank,
                s.documents.size(),
                s.mentions,
                s.evidence,
                parties.contains(s.id)));
        comments.put(
            "actors/" + id,
            "rank "
                + rank
                + ": mentioned "
                + s.mentions
                + (s.mentions == 1 ? " time" : " times")
                + " in "
                + s.documents.size()
                + " of "
                + docs.size()
                + " documents; "
                + s.evidence
                + " quotes, events, positions and predictions involve it"
                + (s.id.value().equals(id) ? "" : " (workspace id " + s.id.value() + ")"));
      }
      List<Issue> issues = new ArrayList<>();
      List<CandidateIssue> candidates = new ArrayList<>();
      for (String topic : kept) {
        CandidateIssue c = candidate(topic);
        candidates.add(c);
        issues.add(
            new Issue(
                IssueId.of(c.id()),
                c.name(),
                description(topic),
                c.options().stream()
                    .map(o -> new IssueOption(o.id(), o.label(), o.position()))
                    .toList(),
                null));
        comments.put("issues/" + c.id(), issueComment(c));
      }
      List<CandidateIssue> leftOut = new ArrayList<>();
      for (String topic : dropped) {
        leftOut.add(candidate(topic));
      }
      List<ActorProfile> profiles = new ArrayList<>();
      List<StatedPosition> positions = new ArrayList<>();
      List<AssumedValue> assumptions = new ArrayList<>();
      for (Seen s : ranked) {
        if (parties.contains(s.id)) {
          profiles.add(profile(s, candidates, positions, assumptions));
        }
      }
      LocalDate asOf =
          docs.values().stream()
              .map(d -> d.metadata().published())
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      Scenario scenario =
          new Scenario(
              "draft",
              "Draft from " + docs.size() + (docs.size() == 1 ? " document" : " documents"),
              "Drafted by parley draft from the evidence of the workspace's documents: every"
                  + " stance cites the statements it rests on; salience, capability, reservation"
                  + " and patience are assumptions to replace.",
              asOf,
              UtilityModel.DEFAULT,
              actors,
              issues,
              profiles,
              List.of(),
              sources);
      return new ScenarioDraft(
          scenario,
          header(scenario),
          comments,
          docs.size(),
          m.evidence().size(),
          drafted,
          candidates,
          leftOut,
          positions,
          assumptions);
    }

    List<Source> sources() {
      List<Document> ordered = new ArrayList<>(docs.values());
      ordered.sort(
          Comparator.comparing(
                  (Document d) -> d.metadata().published(),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(d -> d.id().value()));
      List<Source> out = new ArrayList<>();
      for (Document d : ordered) {
        DocumentMetadata meta = d.metadata();
        SourceId id = SourceId.of(d.id().value());
        sourceIds.put(d.id(), id);
        out.add(
            new Source(
                id,
                orElse(meta.outlet(), "not stated in the document"),
                orElse(meta.title(), "untitled document " + d.id().value()),
                meta.published(),
                blankToNull(meta.url()),
                blankToNull(meta.author())));
      }
      comments.put(
          "sources",
          "One source per document of the workspace, id = the document's id; outlet, title, date,"
              + " URL and author as the documents state them.");
      return out;
    }

    List<String> aliases(Seen s) {
      Set<String> demonyms = new HashSet<>();
      ActorDirectory.builtIn()
          .entry(s.id)
          .ifPresent(e -> e.adjectives().forEach(a -> demonyms.add(a.toLowerCase(Locale.ROOT))));
      List<String> out = new ArrayList<>();
      for (String form : s.forms) {
        String f = form.strip();
        if (f.isEmpty()
            || !Character.isUpperCase(f.charAt(0))
            || f.equalsIgnoreCase(s.name)
            || f.startsWith("The ")
            || f.contains(" and ")
            || f.contains(" of ")
            || java.util.Arrays.stream(f.toLowerCase(Locale.ROOT).split("[\\s\u2019']+", -1))
                .anyMatch(demonyms::contains)
            || out.stream().anyMatch(a -> a.equalsIgnoreCase(f))) {
          continue;
        }
        out.add(f);
        if (out.size() == 8) {
          break;
        }
      }
      return out;
    }

    String issueId(String topic) {
      return issueIds.computeIfAbsent(
          topic,
          t -> {
            String base = kebab(t);
            String id = base.isEmpty() ? "issue" : base;
            for (int k = 2; issueIds.containsValue(id); k++) {
              id = base + "-" + k;
            }
            return id;
          });
    }

    String issueName(String topic) {
      String spaced = topic.replace('_', ' ').replace('-', ' ');
      return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    String description(String topic) {
      List<Statement> all = must(byTopic, topic);
      return "Drafted from "
          + all.size()
          + (all.size() == 1 ? " statement" : " statements")
          + (all.getFirst().vocabulary()
              ? " the extractor places on this issue"
              : " that name '" + topic + "' after the verb")
          + ". The options are the demand not met, half met and met: read the cited sentences and"
          + " give them their real content.";
    }

    CandidateIssue candidate(String topic) {
      List<Statement> all = must(byTopic, topic);
      List<String> evidence = all.stream().map(Statement::evidenceId).distinct().toList();
      List<String> supporting =
          all.stream().filter(Statement::supports).map(Statement::evidenceId).distinct().toList();
      List<String> rejecting =
          all.stream().filter(s -> !s.supports()).map(Statement::evidenceId).distinct().toList();
      String name = issueName(topic);
      List<String> supporters = names(all.stream().filter(Statement::supports).toList());
      List<String> rejecters = names(all.stream().filter(s -> !s.supports()).toList());
      List<CandidateOption> options =
          List.of(
              new CandidateOption(
                  NONE,
                  rejecters.isEmpty()
                      ? "No " + lowerFirst(name)
                      : "No "
                          + lowerFirst(name)
                          + ", as rejected by "
                          + String.join(", ", rejecters),
                  0,
                  rejecting),
              new CandidateOption(
                  PARTIAL, "Part of " + lowerFirst(name) + ": a compromise", 50, List.of()),
              new CandidateOption(
                  FULL,
                  supporters.isEmpty()
                      ? name + " in full"
                      : name + " as asked by " + String.join(", ", supporters),
                  100,
                  supporting));
      return new CandidateIssue(
          issueId(topic),
          name,
          all.getFirst().vocabulary() ? "vocabulary" : "words",
          evidence,
          options);
    }

    List<String> names(List<Statement> statements) {
      Set<String> out = new LinkedHashSet<>();
      for (Statement s : statements) {
        Seen party = seen.get(partyOf.get(s.actor()));
        out.add(party == null ? s.actor().value() : party.name);
      }
      return new ArrayList<>(out);
    }

    String issueComment(CandidateIssue c) {
      StringBuilder out = new StringBuilder();
      out.append("Suggested by ").append(c.evidence().size()).append(" statements.");
      for (CandidateOption o : c.options()) {
        if (!o.evidence().isEmpty()) {
          out.append("\n").append(o.id()).append(": ").append(String.join(", ", o.evidence()));
        }
      }
      return out.toString();
    }

    ActorProfile profile(
        Seen s,
        List<CandidateIssue> candidates,
        List<StatedPosition> positions,
        List<AssumedValue> assumptions) {
      String id = must(ids, s.id);
      String at = "profiles/" + id;
      Map<IssueId, IssueStance> stances = new LinkedHashMap<>();
      List<RedLine> redLines = new ArrayList<>();
      Map<String, List<Statement>> mine = new LinkedHashMap<>();
      int total = 0;
      for (CandidateIssue c : candidates) {
        String topic = topicOf(c.id());
        List<Statement> own =
            must(byTopic, topic).stream()
                .filter(st -> must(partyOf, st.actor()).equals(s.id))
                .toList();
        if (!own.isEmpty()) {
          mine.put(c.id(), own);
          total += own.size();
        }
      }
      for (Map.Entry<String, List<Statement>> e : mine.entrySet()) {
        String issue = e.getKey();
        List<Statement> own = e.getValue();
        int supports = (int) own.stream().filter(Statement::supports).count();
        int rejects = own.size() - supports;
        int never = (int) own.stream().filter(st -> st.stance() == Stance.RED_LINE).count();
        double ideal = 100.0 * supports / own.size();
        List<String> evidence = own.stream().map(Statement::evidenceId).distinct().toList();
        List<SourceId> cite =
            own.stream()
                .map(st -> sourceIds.get(st.document()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        String note =
            s.name
                + " supports the demand in "
                + supports
                + " and rejects it in "
                + rejects
                + " of its statements in the workspace";
        Estimate idealEstimate =
            new Estimate(new Distribution.Point(ideal), new Basis(cite, evidence, note));
        double share = (double) own.size() / total;
        String salienceNote =
            "assumption: "
                + own.size()
                + " of the "
                + total
                + " statements of "
                + s.name
                + " on the drafted issues are on this one; the documents state no weights";
        stances.put(
            IssueId.of(issue),
            new IssueStance(
                idealEstimate, Estimate.of(share, Basis.assumption(salienceNote)), Map.of()));
        String path = at + "/stances/" + issue;
        comments.put(path, quotes(own));
        comments.put(
            path + "/salience",
            "ASSUMPTION. To settle: a statement of how much "
                + s.name
                + " cares about this issue against the others, or what it concedes first.");
        assumptions.add(
            new AssumedValue(
                path + "/salience",
                share,
                salienceNote,
                "a statement of how much the party cares about this issue against the others, or"
                    + " what it concedes first"));
        positions.add(new StatedPosition(id, issue, ideal, supports, rejects, never, evidence));
        if (never > 0) {
          List<Statement> nevers =
              own.stream().filter(st -> st.stance() == Stance.RED_LINE).toList();
          List<String> redEvidence = nevers.stream().map(Statement::evidenceId).distinct().toList();
          List<SourceId> redCite =
              nevers.stream()
                  .map(st -> sourceIds.get(st.document()))
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList();
          redLines.add(
              new RedLine(
                  IssueId.of(issue),
                  Set.of(FULL),
                  "never accepts the demand in full, as the cited statements say",
                  new Basis(
                      redCite,
                      redEvidence,
                      s.name + " rejects it with never, non-negotiable or red line")));
        }
      }
      String capNote = "assumption: every party equal; the documents do not measure power";
      String resNote =
          "assumption: the same walk-away value for every party; the documents give none";
      String patNote = "assumption: a deal a year later is worth 0.9 of one now, for every party";
      assumptions.add(
          new AssumedValue(
              at + "/capability",
              CAPABILITY,
              capNote,
              "figures on the party's military, economic or political leverage over the others"));
      assumptions.add(
          new AssumedValue(
              at + "/reservation",
              RESERVATION,
              resNote,
              "what the party says it will do if talks fail, and how that compares with a deal"));
      assumptions.add(
          new AssumedValue(
              at + "/patience",
              PATIENCE,
              patNote,
              "deadlines, elections, costs of delay the party names"));
      comments.put(
          at + "/capability",
          "ASSUMPTION. To settle: figures on the leverage of "
              + s.name
              + " over the others (military, economic, political).");
      comments.put(
          at + "/reservation",
          "ASSUMPTION. To settle: what "
              + s.name
              + " says it will do if the talks fail, and how that compares with a deal.");
      comments.put(
          at + "/patience",
          "ASSUMPTION. To settle: deadlines, elections or costs of delay " + s.name + " names.");
      for (int k = 0; k < redLines.size(); k++) {
        comments.put(
            at + "/red_lines/" + k,
            "A rejection stated as never, non-negotiable or a red line: check that it rules out the"
                + " demand in full and nothing less.");
      }
      return new ActorProfile(
          ActorId.of(id),
          Estimate.of(CAPABILITY, Basis.assumption(capNote)),
          Estimate.of(RESERVATION, Basis.assumption(resNote)),
          Estimate.of(PATIENCE, Basis.assumption(patNote)),
          null,
          stances,
          redLines);
    }

    String topicOf(String issueId) {
      for (Map.Entry<String, String> e : issueIds.entrySet()) {
        if (e.getValue().equals(issueId)) {
          return e.getKey();
        }
      }
      throw new IllegalStateException("no topic for issue " + issueId);
    }

    /** The comment above a stance: up to three of the statements it rests on. */
    String quotes(List<Statement> own) {
      StringBuilder out = new StringBuilder();
      int k = 0;
      for (Statement st : own) {
        if (k++ == 3) {
          out.append("\n... and ").append(own.size() - 3).append(" more (see evidence)");
          break;
        }
        if (!out.isEmpty()) {
          out.append('\n');
        }
        String sentence = st.sentence().strip().replaceAll("\\s+", " ");
        if (sentence.length() > 140) {
          sentence = sentence.substring(0, 139) + "\u2026";
        }
        out.append(st.evidenceId())
            .append(' ')
            .append(st.stance().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(": \u201c")
            .append(sentence)
            .append('\u201d');
      }
      return out.toString();
    }

    String header(Scenario s) {
      long cited =
          s.profiles().stream()
                  .flatMap(p -> p.stances().values().stream())
                  .filter(st -> !st.ideal().basis().isAssumption())
                  .count()
              + s.profiles().stream()
                  .flatMap(p -> p.redLines().stream())
                  .filter(r -> !r.basis().evidence().isEmpty())
                  .count();
      return "A DRAFT written by parley draft from the evidence of "
          + docs.size()
          + " documents ("
          + m.evidence().size()
          + " evidence items): edit it, do not trust it.\n"
          + "Actors are ranked by prominence (documents, mentions, evidence). Issues are the topics"
          + " on which actors demand, propose, accept or reject something; each has three options,"
          + " the demand not met (0), half met (50) and met (100). Each stance's ideal is the share"
          + " of the party's statements that support the demand, citing them ("
          + cited
          + " values cite evidence).\n"
          + "Everything marked ASSUMPTION cites nothing: the comment above it says what evidence"
          + " would settle it. parley validate FILE --assumptions lists them all."
          + (dropped.isEmpty()
              ? ""
              : "\nLeft out as less attested (at most "
                  + MAX_ISSUES
                  + " issues are kept): "
                  + String.join(", ", dropped));
    }
  }

  private static <K, V> V must(Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalStateException("expected a value for " + key + ", but found none");
    }
    return v;
  }

  private static String orElse(@Nullable String s, String otherwise) {
    return s == null || s.isBlank() ? otherwise : s;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
