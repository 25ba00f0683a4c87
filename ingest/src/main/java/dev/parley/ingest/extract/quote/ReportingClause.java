package dev.parley.ingest.extract.quote;

import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.syntax.Words;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.parse.DependencyTree;
import dev.parley.ingest.parse.Upos;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the speaker of a quote from the dependency parse of its sentence: the subject of the
 * reporting verb that governs the quote ("X said “…”", "X called it “…”") or is attached to it
 * ("“…,” said X", "“…,” X said"), or the object of "according to".
 *
 * <p>Only sentences that carry a quote are parsed, each once per document. The subject is read as
 * an actor: the mention on its head word or on a name beside it ("the coach, Jane Roe,"); a pronoun
 * resolves to the speaker or the main clause's subject of the sentences before; a role noun ({@link
 * RoleNouns}: "the secretary", "the ministry") to the last actor named earlier with that noun in
 * its mention. A subject that is a name the actor stage did not recognise is no speaker at all
 * ({@link #UNKNOWN}), so that the caller does not fall back to a nearer mention.
 */
final class ReportingClause {
  /** No reporting clause found: the caller may try its other rules. */
  static final int NONE = -1;

  /** A reporting clause whose subject names no known actor: the quote has no speaker. */
  static final int UNKNOWN = -3;

  private static final Set<String> RAISING = Set.of("advcl", "xcomp", "conj", "acl");
  private static final Set<String> BESIDE = Set.of("appos", "flat", "compound");

  private final ShallowParse parse;
  private final AnalyzedText text;
  private final Mentions mentions;

  ReportingClause(ShallowParse parse) {
    this.parse = parse;
    this.text = parse.text();
    this.mentions = parse.mentions();
  }

  /** Returns the parse of sentence {@code s}, parsing it on first use. */
  DependencyTree tree(int s) {
    return parse.tree(s);
  }

  /** Returns how many sentences of the document were parsed. */
  int parsedSentences() {
    return parse.parsedSentences();
  }

  /**
   * Returns the speaker (an actor index) of the quote between the marks at tokens {@code open} and
   * {@code close}, {@link #UNKNOWN}, or {@link #NONE}; sets {@code cue[0]} to the reporting word.
   */
  int speaker(int open, int close, String[] cue) {
    int n = text.tokenCount();
    int first = text.sentenceOf(Math.max(open, 0));
    int last = text.sentenceOf(Math.min(close, n - 1));
    boolean opensInside = open > text.firstToken(first);
    int[] order =
        first == last
            ? new int[] {first}
            : opensInside ? new int[] {first, last} : new int[] {last, first};
    for (int s : order) {
      if (text.isHeading(s) || text.endToken(s) - text.firstToken(s) > 120) {
        continue;
      }
      int found = inSentence(s, open, close, cue);
      if (found != NONE) {
        return found;
      }
    }
    return NONE;
  }

  private int inSentence(int s, int open, int close, String[] cue) {
    DependencyTree tree = tree(s);
    int base = text.firstToken(s);
    int size = tree.size();
    int qa = Math.max(open, base) - base;
    int qb = Math.min(close, text.endToken(s) - 1) - base;
    int verb = -1;
    for (int q = qa; q <= qb && verb < 0; q++) {
      int h = tree.head(q);
      if (tree.tag(q) == Upos.PUNCT || (h >= qa && h <= qb)) {
        continue;
      }
      verb = governing(tree, q, qa, qb);
      if (verb < 0) {
        verb = attached(tree, q, qa, qb);
      }
    }
    int subject = -1;
    if (verb >= 0) {
      subject = subjectOf(tree, verb);
      cue[0] = tree.form(verb);
      if (subject < 0 && verb - 1 > qb) {
        // "“…,” Professor Roe said" parsed without a subject: the name just before the verb
        int m = mentions.at(base + verb - 1);
        if (m >= 0 && mentions.start(m) > base + qb) {
          return mentions.actor(m);
        }
      }
    } else {
      subject = accordingTo(tree, qa, qb);
      cue[0] = subject >= 0 ? "according to" : cue[0];
    }
    if (subject < 0 || (subject >= qa && subject <= qb) || subject >= size) {
      return NONE;
    }
    int found = actorOf(tree, s, subject);
    if (found < 0 && tree.head(subject) >= 0) {
      // a misparse may give a verb two subjects ("The secretary …, Jane Roe, said"): any that names
      for (int other : tree.childrenWith(tree.head(subject), "nsubj")) {
        int a = other == subject || (other >= qa && other <= qb) ? NONE : actorOf(tree, s, other);
        found = a >= 0 || a == UNKNOWN ? a : found;
        if (a >= 0) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * For a quote that stands as a sentence of its own, the reporter of the sentence before it (in
   * its paragraph or at the end of the previous one): the subject of its root when the root is a
   * speech verb ("Roe says talks will resume."), else of a speech verb attached to its root ("As
   * Roe told reporters, talks resumed."); {@link #UNKNOWN} when that subject names no known actor,
   * or {@link #NONE}.
   */
  int previousReporter(int sentence) {
    int back = sentence - 1;
    if (back < 0
        || text.isHeading(back)
        || text.endToken(back) - text.firstToken(back) > 120
        || text.blockOf(back) < text.blockOf(sentence) - 1) {
      return NONE;
    }
    DependencyTree tree = tree(back);
    int root = tree.root();
    if (root < 0) {
      return NONE;
    }
    int verb = isSpeechVerb(tree, root) ? root : -1;
    for (int c : tree.children(root)) {
      if (verb < 0 && isSpeechVerb(tree, c) && tree.subjectOf(c).isPresent()) {
        verb = c;
      }
    }
    if (verb < 0) {
      return NONE;
    }
    OptionalInt subject = tree.subjectOf(verb);
    if (subject.isEmpty() || tree.relation(subject.getAsInt()).startsWith("csubj")) {
      return NONE;
    }
    return actorOf(tree, back, subject.getAsInt());
  }

  /**
   * Returns the speaker (an actor index) of the reporting verb at word {@code verb} of sentence
   * {@code s}: the actor its subject, or the subject of the clause it depends on, names; {@link
   * #UNKNOWN} when that subject names no known actor, or {@link #NONE}.
   */
  int speakerOfVerb(int s, int verb) {
    DependencyTree tree = tree(s);
    int subject = subjectOf(tree, verb);
    return subject < 0 ? NONE : actorOf(tree, s, subject);
  }

  /**
   * Returns the actor named by X in "according to X" when word {@code according} of sentence {@code
   * s} is "according", {@link #UNKNOWN} when X names no known actor, or {@link #NONE}.
   */
  int accordingTo(int s, int according) {
    DependencyTree tree = tree(s);
    int x = tree.head(according);
    if (!tree.form(according).equalsIgnoreCase("according") || x <= according) {
      return NONE;
    }
    int found = nounActor(tree, s, x);
    if (found < 0) {
      // "according to the ambassador to France, Jane Roe": a person named within the phrase
      int base = text.firstToken(s);
      for (int w : tree.subtree(x)) {
        int m = mentions.at(base + w);
        if (w > according
            && w <= according + 12
            && m >= 0
            && mentions.actorKind(m) == ActorKind.PERSON) {
          found = mentions.actor(m);
        }
      }
    }
    return found >= 0 ? found : tree.tag(x) == Upos.PROPN ? UNKNOWN : NONE;
  }

  /** The nearest speech verb above the quote's word {@code q}, outside the quote. */
  private static int governing(DependencyTree tree, int q, int qa, int qb) {
    int w = tree.head(q);
    for (int steps = 0; w >= 0 && steps < tree.size(); steps++, w = tree.head(w)) {
      if ((w < qa || w > qb) && isSpeechVerb(tree, w)) {
        return w;
      }
    }
    return -1;
  }

  /** A speech verb outside the quote attached to the quote's word {@code q} or to its heads. */
  private static int attached(DependencyTree tree, int q, int qa, int qb) {
    int w = q;
    for (int steps = 0; w >= 0 && steps < tree.size(); steps++, w = tree.head(w)) {
      for (int c : tree.children(w)) {
        if ((c < qa || c > qb) && isSpeechVerb(tree, c)) {
          return c;
        }
      }
    }
    return -1;
  }

  private static boolean isSpeechVerb(DependencyTree tree, int w) {
    Upos tag = tree.tag(w);
    return (tag == Upos.VERB || tag == Upos.AUX) && SpeechCues.isVerb(tree.form(w));
  }

  /** The subject of the verb, or of the clause it depends on ("…, saying “…”"). */
  private static int subjectOf(DependencyTree tree, int verb) {
    int v = verb;
    for (int steps = 0; v >= 0 && steps < 3; steps++) {
      OptionalInt subject = tree.subjectOf(v);
      if (subject.isPresent()) {
        return tree.relation(subject.getAsInt()).startsWith("csubj") ? -1 : subject.getAsInt();
      }
      if (!RAISING.contains(tree.baseRelation(v))) {
        return -1;
      }
      v = tree.head(v);
    }
    return -1;
  }

  /** "according to X": X, outside the quote. */
  private static int accordingTo(DependencyTree tree, int qa, int qb) {
    for (int i = 0; i < tree.size(); i++) {
      if ((i < qa || i > qb) && tree.form(i).equalsIgnoreCase("according")) {
        int x = tree.head(i);
        if (x > i && (x < qa || x > qb)) {
          return x;
        }
      }
    }
    return -1;
  }

  /** The actor the subject word {@code w} of sentence {@code s} names. */
  private int actorOf(DependencyTree tree, int s, int w) {
    int token = text.firstToken(s) + w;
    String form = text.norm(token);
    if (tree.tag(w) == Upos.PRON) {
      if (Words.PERSON_PRONOUNS.contains(form) || Words.GROUP_PRONOUNS.contains(form)) {
        return pronoun(token);
      }
      return NONE;
    }
    int named = nounActor(tree, s, w);
    if (named >= 0) {
      return named;
    }
    if (tree.tag(w) == Upos.PROPN && RoleNouns.holder(tree.form(w)).isEmpty()) {
      return UNKNOWN;
    }
    for (int c : tree.childrenWith(w, "appos")) {
      if (tree.tag(c) == Upos.PROPN) {
        return UNKNOWN; // "the coach, Jane Roe," where the actor stage knows no Jane Roe
      }
    }
    return NONE;
  }

  /**
   * The actor a noun phrase headed by word {@code w} of sentence {@code s} names: a mention on its
   * head, on its last conjunct, on a name beside it, or the actor its role noun stands for; or -1.
   */
  private int nounActor(DependencyTree tree, int s, int w) {
    int base = text.firstToken(s);
    int token = base + w;
    int joint = lastConjunct(tree, base, w);
    if (joint >= 0) {
      return joint;
    }
    int m = mentions.at(token);
    if (m >= 0) {
      return mentions.actor(m);
    }
    for (int c : tree.children(w)) {
      String relation = tree.baseRelation(c);
      if (BESIDE.contains(relation)) {
        for (int x : tree.subtree(c)) {
          int mc = mentions.at(base + x);
          if (mc >= 0 && (relation.equals("flat") || mentions.actorKind(mc) == ActorKind.PERSON)) {
            return mentions.actor(mc);
          }
        }
      }
    }
    var holder = RoleNouns.holder(tree.form(w));
    if (holder.isPresent()) {
      return lastNamedWith(tree.form(w), holder.get(), token);
    }
    return -1;
  }

  /**
   * For a joint subject ("the minister and her deputy said"), the actor of its last conjunct that
   * is a mention, the one nearest the verb; -1 when the subject has no such conjunct.
   */
  private int lastConjunct(DependencyTree tree, int base, int w) {
    int[] conjuncts = tree.childrenWith(w, "conj");
    for (int k = conjuncts.length - 1; k >= 0; k--) {
      int m = mentions.at(base + conjuncts[k]);
      if (m >= 0) {
        return mentions.actor(m);
      }
      for (int c : tree.childrenWith(conjuncts[k], "flat")) {
        int mc = mentions.at(base + c);
        if (mc >= 0) {
          return mentions.actor(mc);
        }
      }
    }
    return -1;
  }

  /**
   * The actor of the last mention before {@code token} whose text, or the four words before it in
   * its sentence, hold the role noun.
   */
  private int lastNamedWith(String noun, RoleNouns.Holder holder, int token) {
    String word = noun.toLowerCase(Locale.ROOT);
    for (int m = mentions.firstFrom(token) - 1; m >= 0; m--) {
      if (mentions.start(m) >= token) {
        continue;
      }
      boolean person = mentions.actorKind(m) == ActorKind.PERSON;
      if (person != (holder == RoleNouns.Holder.PERSON)) {
        continue;
      }
      // the mention and the title written before it ("Secretary of State Jane Roe")
      int from =
          Math.max(text.firstToken(text.sentenceOf(mentions.start(m))), mentions.start(m) - 4);
      for (int i = from; i < mentions.end(m); i++) {
        if (text.norm(i).equals(word)) {
          return mentions.actor(m);
        }
      }
    }
    return -1;
  }

  /**
   * The actor a subject pronoun refers to: a compatible subject earlier in its sentence, else the
   * speaker or the main clause's subject of one of the three sentences before, else the shallow
   * rules' answer.
   */
  private int pronoun(int token) {
    String w = text.norm(token);
    boolean person = Words.PERSON_PRONOUNS.contains(w);
    int s = text.sentenceOf(token);
    DependencyTree here = tree(s);
    int base = text.firstToken(s);
    for (int i = 0; i < token - base; i++) {
      if (here.baseRelation(i).equals("nsubj") && here.tag(i) != Upos.PRON) {
        int a = nounActor(here, s, i);
        if (a >= 0 && compatible(a, person)) {
          return a;
        }
      }
    }
    for (int back = s - 1; back >= 0 && back >= s - 3; back--) {
      if (text.isHeading(back)) {
        break;
      }
      int speaker = parse.speakerOf(back);
      if (speaker >= 0 && compatible(speaker, person)) {
        return speaker;
      }
      if (text.endToken(back) - text.firstToken(back) > 120) {
        continue;
      }
      DependencyTree tree = tree(back);
      int root = tree.root();
      if (root >= 0) {
        OptionalInt subject = tree.subjectOf(root);
        if (subject.isPresent()) {
          int head = subject.getAsInt();
          int a = nounActor(tree, back, head);
          if (a >= 0 && compatible(a, person)) {
            return a;
          }
          if (a < 0 && back == s - 1 && namesSomeoneElse(tree, head, person)) {
            return UNKNOWN; // "The authors say … . They call for …": no actor the stage knows
          }
        }
      }
    }
    int a = parse.resolvePronoun(token);
    return a >= 0 ? a : NONE;
  }

  /**
   * Whether the main subject {@code w} of the sentence before, which names no known actor, is what
   * the pronoun most likely refers to: a name for "he" or "she", a plural noun or a name for "they"
   * and "it".
   */
  private static boolean namesSomeoneElse(DependencyTree tree, int w, boolean person) {
    Upos tag = tree.tag(w);
    if (tag == Upos.PROPN) {
      return true;
    }
    return !person && tag == Upos.NOUN && tree.form(w).toLowerCase(Locale.ROOT).endsWith("s");
  }

  private boolean compatible(int actor, boolean person) {
    return person == (mentions.actors().get(actor).kind() == ActorKind.PERSON);
  }
}
