package dev.parley.ingest.extract.quote;

import dev.parley.ingest.extract.syntax.ShallowParse;

/**
 * The quote stage's speaker resolution offered to other stages: who speaks through a reporting verb
 * or an "according to" phrase, read from the dependency parse exactly as for a quote (the verb's
 * subject, a pronoun resolved to an earlier speaker or subject, a role noun to the last actor named
 * with it). Instances read one document's parse and are not thread-safe.
 */
public final class ReportingSpeakers {
  /** No speaker: the clause has no subject, or its subject names no known actor. */
  public static final int NONE = -1;

  private final ReportingClause clause;

  /** Reads the speakers of the document whose parse is given. */
  public ReportingSpeakers(ShallowParse parse) {
    this.clause = new ReportingClause(parse);
  }

  /** Returns whether a word, in any case, is one of the quote stage's reporting verbs. */
  public static boolean isReportingVerb(String word) {
    return SpeechCues.isVerb(word);
  }

  /**
   * Returns the speaker (an actor index) of the reporting verb at word {@code verb} of the parse of
   * sentence {@code sentence}, or {@link #NONE}.
   */
  public int speakerOfVerb(int sentence, int verb) {
    int found = clause.speakerOfVerb(sentence, verb);
    return found >= 0 ? found : NONE;
  }

  /**
   * Returns the actor X of "according to X" whose "according" is word {@code according} of the
   * parse of sentence {@code sentence}, or {@link #NONE}.
   */
  public int accordingTo(int sentence, int according) {
    int found = clause.accordingTo(sentence, according);
    return found >= 0 ? found : NONE;
  }
}
