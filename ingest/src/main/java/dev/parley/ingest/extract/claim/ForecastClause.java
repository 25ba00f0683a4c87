package dev.parley.ingest.extract.claim;

import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.claim.ForecastCues.Kind;
import dev.parley.ingest.extract.syntax.ShallowParse;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.parse.DependencyTree;
import dev.parley.ingest.parse.Upos;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Reads the clause of a future or hedged modal from the dependency parse of its sentence and
 * decides whether it can be a forecast: not when the modal's subject is the first person (a
 * commitment, "we will", "the minister and I will"), when a frame above it or an adverb on it is a
 * wish, plan or promise ({@link Kind#NOT_FORECAST}: "we want a system where … will", "hopefully
 * this will"), when its subject names the speaker (an organisation's own plan), when its verb
 * states a dependency ("will depend on") or is the passive of an arrangement ("talks will be held",
 * an announcement), or when its sentence speaks of people in general (a generic subject such as
 * "you" or "someone", or a condition whose subject is indefinite, "if a child …"): such sentences
 * say how things go, not what will happen.
 *
 * <p>It also finds conditions: a modal whose verb has an adverbial clause marked "if" is a
 * conditional forecast ("if X, Y could"). Sentences are parsed on first use, once per document;
 * sentences longer than 120 tokens are not parsed and every modal in them may be a forecast.
 */
final class ForecastClause {
  private static final int LONGEST = 120;

  private final AnalyzedText text;
  private final Mentions mentions;
  private final ShallowParse parse;

  ForecastClause(AnalyzedText text, Mentions mentions) {
    this(new ShallowParse(text, mentions));
  }

  /** Reads clauses from the document's parse, sharing its trees with the other stages. */
  ForecastClause(ShallowParse parse) {
    this.parse = parse;
    this.text = parse.text();
    this.mentions = parse.mentions();
  }

  private DependencyTree tree(int s) {
    return parse.tree(s);
  }

  private boolean parsable(int s) {
    return text.endToken(s) - text.firstToken(s) <= LONGEST;
  }

  /**
   * Returns whether the modal at token {@code k} may be a forecast by the actor {@code speaker} (an
   * actor index, or -1): see the class comment; also not when the modal's subject names the speaker
   * itself ("the ministry will review it", said by the ministry).
   */
  boolean mayForecast(int k, int speaker) {
    int s = text.sentenceOf(k);
    if (!parsable(s)) {
      return true;
    }
    DependencyTree tree = tree(s);
    int w = k - text.firstToken(s);
    if (isGeneric(tree)) {
      return false;
    }
    int v = verbOf(tree, w);
    if (v < 0) {
      return true;
    }
    if (ForecastCues.is(lower(tree, v), Kind.STATIVE)) {
      return false;
    }
    if (isAnnouncement(tree, v)) {
      return false;
    }
    OptionalInt subject = tree.subjectOf(v);
    if (subject.isPresent() && isSelf(tree, subject.getAsInt())) {
      return false;
    }
    for (int other : tree.childrenWith(v, "nsubj")) {
      if (isSelf(tree, other)) {
        return false; // "The mayor and I will" parsed with two subjects
      }
    }
    if (subject.isPresent() && speaker >= 0) {
      int named = mentions.at(text.firstToken(s) + subject.getAsInt());
      if (named >= 0 && mentions.actor(named) == speaker) {
        return false;
      }
    }
    for (int c : tree.children(v)) {
      if (tree.baseRelation(c).equals("advmod")
          && ForecastCues.is(lower(tree, c), Kind.NOT_FORECAST)) {
        return false;
      }
    }
    int a = tree.head(v);
    for (int steps = 0; a >= 0 && steps < tree.size(); steps++, a = tree.head(a)) {
      if (ForecastCues.is(lower(tree, a), Kind.NOT_FORECAST)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the modal at token {@code k} is the consequence of a condition in the present
   * ("if X continues, Y could fall"): its verb has an adverbial clause marked "if".
   */
  boolean isConditional(int k) {
    int s = text.sentenceOf(k);
    if (!parsable(s)) {
      return false;
    }
    DependencyTree tree = tree(s);
    int v = verbOf(tree, k - text.firstToken(s));
    if (v < 0) {
      return false;
    }
    for (int c : tree.childrenWith(v, "advcl")) {
      for (int m : tree.childrenWith(c, "mark")) {
        if (ForecastCues.is(lower(tree, m), Kind.CONDITION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the verb at token {@code k} has a direct object ("expects 6 million"). */
  boolean hasObject(int k) {
    int s = text.sentenceOf(k);
    if (!parsable(s)) {
      return false;
    }
    DependencyTree tree = tree(s);
    int w = k - text.firstToken(s);
    return tree.tag(w) == Upos.VERB && tree.objectOf(w).isPresent();
  }

  /** Returns how many sentences were parsed. */
  int parsedSentences() {
    return parse.parsedSentences();
  }

  /**
   * Whether the verb {@code v} announces an arrangement: a passive of a verb that sets something up
   * ("talks will be held", "a committee will be set up") with no agent ("by …"). Such a sentence
   * tells what the speaker's side has decided, not what is expected to happen.
   */
  private static boolean isAnnouncement(DependencyTree tree, int v) {
    return tree.isPassive(v)
        && ForecastCues.is(lower(tree, v), Kind.ARRANGEMENT)
        && tree.childrenWith(v, "obl:agent").length == 0;
  }

  /** The verb a modal belongs to: its head when it is an auxiliary, else itself. */
  private static int verbOf(DependencyTree tree, int w) {
    String rel = tree.baseRelation(w);
    return rel.equals("aux") ? tree.head(w) : w;
  }

  private static boolean isSelf(DependencyTree tree, int subject) {
    if (ForecastCues.is(lower(tree, subject), Kind.SELF)) {
      return true;
    }
    for (int c : tree.childrenWith(subject, "conj")) {
      if (ForecastCues.is(lower(tree, c), Kind.SELF)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence speaks of people in general: a subject such as "you" or "someone", or a
   * condition ("if …") whose subject has an indefinite article.
   */
  private static boolean isGeneric(DependencyTree tree) {
    for (int i = 0; i < tree.size(); i++) {
      String rel = tree.baseRelation(i);
      if (rel.equals("nsubj") && ForecastCues.is(lower(tree, i), Kind.GENERIC)) {
        return true;
      }
      if (rel.equals("mark")
          && ForecastCues.is(lower(tree, i), Kind.CONDITION)
          && tree.head(i) >= 0) {
        OptionalInt subject = tree.subjectOf(tree.head(i));
        if (subject.isPresent()) {
          for (int d : tree.childrenWith(subject.getAsInt(), "det")) {
            if (ForecastCues.is(lower(tree, d), Kind.INDEFINITE)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static String lower(DependencyTree tree, int i) {
    return tree.form(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
