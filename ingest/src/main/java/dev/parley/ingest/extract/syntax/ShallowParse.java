package dev.parley.ingest.extract.syntax;

import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.SectionedWords;
import dev.parley.ingest.parse.DependencyTree;
import dev.parley.ingest.parse.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shallow syntax of one document: which tokens lie inside quotation marks or appositions, and
 * who the subject of a verb or the referent of a pronoun is among the actor mentions.
 *
 * <p>The rules are deliberately local (Phoenix-style pattern coding rather than a full parse): a
 * subject is the nearest actor mention before the verb that is not the object of a preposition or
 * of another verb, not inside an apposition and not a possessive; a pronoun refers to the actor in
 * focus, the speaker of the previous sentence's quote or the first eligible mention of the nearest
 * sentence. The object is mutable only while the quote stage marks quotes and their speakers.
 */
public final class ShallowParse {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "shallow-parse.txt";

  /** Returned by subject searches for "no subject". */
  public static final int NONE = -1;

  private static final java.util.Set<String> EXPLETIVE_NEXT =
      SectionedWords.of(ShallowParse.class, RESOURCE).words("expletive-next");

  private final AnalyzedText text;
  private final Mentions mentions;
  private final boolean[] inQuote;
  private final boolean[] inApposition;
  private final int[] sentenceSpeaker;

  /** The dependency parses of the sentences parsed so far, shared by every stage. */
  private final Map<Integer, DependencyTree> trees = new HashMap<>();

  /** Parses the given text with its actor mentions. */
  public ShallowParse(AnalyzedText text, Mentions mentions) {
    this.text = text;
    this.mentions = mentions;
    this.inQuote = new boolean[text.tokenCount()];
    this.inApposition = new boolean[text.tokenCount()];
    this.sentenceSpeaker = new int[text.sentenceCount()];
    Arrays.fill(sentenceSpeaker, -1);
    markAppositions();
  }

  /**
   * Returns the dependency parse ({@link Parser#shipped()}, ADR 0014) of sentence {@code s},
   * parsing it on first use: the quote and prediction stages ask for the same sentences, which are
   * parsed once per document.
   */
  public DependencyTree tree(int s) {
    return trees.computeIfAbsent(
        s,
        k -> {
          List<String> tokens = new ArrayList<>();
          for (int i = text.firstToken(k); i < text.endToken(k); i++) {
            tokens.add(text.token(i));
          }
          return Parser.shipped().parse(tokens);
        });
  }

  /** Returns how many sentences have been parsed. */
  public int parsedSentences() {
    return trees.size();
  }

  /** Returns the analyzed text. */
  public AnalyzedText text() {
    return text;
  }

  /** Returns the actor mentions. */
  public Mentions mentions() {
    return mentions;
  }

  private void markAppositions() {
    int n = text.tokenCount();
    for (int m = 0; m < mentions.count(); m++) {
      if (mentions.isEmbedded(m) || mentions.actorKind(m) != ActorKind.PERSON) {
        continue;
      }
      int k = mentions.end(m);
      if (k + 1 < n
          && text.norm(k).equals(",")
          && Words.APPOSITION_STARTS.contains(text.norm(k + 1))) {
        int s = text.sentenceOf(k);
        int limit = Math.min(text.endToken(s), k + 30);
        int j = k + 1;
        while (j < limit && !text.norm(j).equals(",")) {
          j++;
        }
        if (j < limit) {
          for (int x = k + 1; x < j; x++) {
            inApposition[x] = true;
          }
        }
      }
    }
  }

  /** Marks tokens {@code [from, to)} as quoted. */
  public void markQuote(int from, int to) {
    for (int i = from; i < to; i++) {
      inQuote[i] = true;
    }
  }

  /** Records the speaker (an actor index) of a quote in sentence {@code s}. */
  public void recordSpeaker(int s, int actor) {
    sentenceSpeaker[s] = actor;
  }

  /** Returns the speaker of the last attributed quote in sentence {@code s}, or -1. */
  public int speakerOf(int s) {
    return sentenceSpeaker[s];
  }

  /** Returns whether token {@code i} lies between quotation marks. */
  public boolean isQuoted(int i) {
    return inQuote[i];
  }

  /** Returns whether token {@code i} lies in an apposition or relative clause after a name. */
  public boolean isInApposition(int i) {
    return inApposition[i];
  }

  /** Returns whether mention {@code m} follows a preposition. */
  public boolean followsPreposition(int m) {
    int s = mentions.start(m);
    return s > 0 && Words.PREPOSITIONS.contains(text.norm(s - 1));
  }

  /** Returns the preposition before mention {@code m}, or the empty string. */
  public String prepositionBefore(int m) {
    int s = mentions.start(m);
    return s > 0 && Words.PREPOSITIONS.contains(text.norm(s - 1)) ? text.norm(s - 1) : "";
  }

  private static final java.util.Set<String> ARTICLES =
      SectionedWords.of(ShallowParse.class, RESOURCE).words("articles");

  private boolean followsVerb(int m) {
    int s = mentions.start(m);
    if (s == 0) {
      return false;
    }
    if (ARTICLES.contains(text.norm(s - 1)) && s >= 2) {
      s--;
    }
    String p = text.norm(s - 1);
    return (p.endsWith("ed") && p.length() > 4 && !p.equals("led"))
        || (p.endsWith("ing") && p.length() > 4)
        || p.equals("urge")
        || p.equals("urges")
        || p.equals("told");
  }

  /**
   * Returns whether mention {@code m} could be the subject of a following verb: standalone, not
   * after a preposition or a verb, not in an apposition and not a possessive.
   */
  public boolean isSubjectCandidate(int m) {
    return !mentions.isEmbedded(m)
        && !inBetween(m)
        && (!followsPreposition(m) || headsAGroup(m))
        && !followsVerb(m)
        && !inApposition[mentions.start(m)]
        && !mentions.isPossessive(m);
  }

  /**
   * "Thousands of Iraqi Kurds", "Opposition groups in Zimbabwe": a mention inside the phrase that
   * names the group acting, which stands in for the group.
   */
  private boolean headsAGroup(int m) {
    int s = mentions.start(m);
    int first = text.firstToken(text.sentenceOf(s));
    if (s - 2 < first) {
      return false;
    }
    String prep = text.norm(s - 1);
    if (!prep.equals("of") && !prep.equals("in") && !prep.equals("from")) {
      return false;
    }
    String head = text.norm(s - 2);
    return Words.GROUP_NOUNS.contains(head)
        && (s - 2 == first || !Words.PREPOSITIONS.contains(text.norm(s - 3)));
  }

  /** Whether mention m is a member of "between X and Y". */
  private boolean inBetween(int m) {
    int s = mentions.start(m);
    if (s > 0 && text.norm(s - 1).equals("between")) {
      return true;
    }
    if (s > 1 && text.norm(s - 1).equals("and")) {
      int before = mentions.at(s - 2);
      return before >= 0
          && mentions.start(before) > 0
          && text.norm(mentions.start(before) - 1).equals("between");
    }
    return false;
  }

  private static final java.util.Set<String> CLAUSE_STARTS =
      SectionedWords.of(ShallowParse.class, RESOURCE).words("clause-starts");

  /**
   * Returns the actor (an index into {@link Mentions#actors()}) that is the subject of the verb at
   * token {@code verb}, searching back to the start of its sentence, or {@link #NONE}.
   *
   * @param skipQuoted whether to ignore mentions and pronouns between quotation marks
   */
  public int subjectOf(int verb, boolean skipQuoted) {
    int s = text.sentenceOf(verb);
    int first = text.firstToken(s);
    for (int i = verb - 1; i >= first; i--) {
      if (skipQuoted && inQuote[i] && !inQuote[verb]) {
        continue;
      }
      String w = text.norm(i);
      if (w.equals(";") || (w.equals(":") && i < verb - 1)) {
        break;
      }
      if (CLAUSE_STARTS.contains(w) && i < verb - 1) {
        String after = text.norm(i + 1);
        boolean sharedSubject =
            Words.AUXILIARIES.contains(after) || after.endsWith("ed") || after.endsWith("ing");
        if (!sharedSubject) {
          break;
        }
      }
      if ((w.equals("who") || w.equals("which")) && i > first) {
        int before = text.norm(i - 1).equals(",") && i - 1 > first ? i - 2 : i - 1;
        int antecedent = mentions.at(before);
        if (antecedent >= 0 && !mentions.isEmbedded(antecedent)) {
          return mentions.actor(antecedent);
        }
      }
      int m = mentions.at(i);
      if (m >= 0) {
        if (isSubjectCandidate(m)) {
          return mentions.actor(m);
        }
        i = mentions.start(m);
        continue;
      }
      if (w.equals("it")
          && i + 1 < text.tokenCount()
          && EXPLETIVE_NEXT.contains(text.norm(i + 1))) {
        continue;
      }
      if (!inApposition[i]
          && (Words.PERSON_PRONOUNS.contains(w) || Words.GROUP_PRONOUNS.contains(w))
          && (i == first || !Words.PREPOSITIONS.contains(text.norm(i - 1)))) {
        return resolvePronoun(i);
      }
    }
    return NONE;
  }

  /**
   * Returns the actor a pronoun at token {@code i} refers to: the first compatible subject earlier
   * in its sentence, else the speaker of the previous sentence's quote, else the first compatible
   * subject of the nearest earlier sentence; or {@link #NONE}.
   */
  public int resolvePronoun(int i) {
    String w = text.norm(i);
    boolean person = Words.PERSON_PRONOUNS.contains(w) || w.equals("his") || w.equals("her");
    int s = text.sentenceOf(i);
    int found = firstCompatible(text.firstToken(s), i, person);
    if (found >= 0) {
      return found;
    }
    for (int back = s - 1; back >= 0 && back >= s - 3; back--) {
      if (text.isHeading(back)) {
        break;
      }
      int speaker = sentenceSpeaker[back];
      if (speaker >= 0 && compatible(mentions.actors().get(speaker).kind(), person)) {
        return speaker;
      }
      found = firstCompatible(text.firstToken(back), text.endToken(back), person);
      if (found >= 0) {
        return found;
      }
    }
    return NONE;
  }

  private int firstCompatible(int from, int to, boolean person) {
    for (int m = mentions.firstFrom(from); m < mentions.count() && mentions.start(m) < to; m++) {
      int st = mentions.start(m);
      if (mentions.isEmbedded(m) || inQuote[st]) {
        continue;
      }
      if (compatible(mentions.actorKind(m), person)
          && !followsPreposition(m)
          && !inApposition[st]
          && !mentions.isPossessive(m)) {
        return mentions.actor(m);
      }
    }
    return NONE;
  }

  private static boolean compatible(ActorKind kind, boolean person) {
    return person == (kind == ActorKind.PERSON);
  }
}
