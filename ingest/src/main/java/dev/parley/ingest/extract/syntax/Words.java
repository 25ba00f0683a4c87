package dev.parley.ingest.extract.syntax;

import dev.parley.ingest.extract.text.SectionedWords;
import java.util.Set;

/** Closed classes of English words that the shallow grammar relies on, in normal form. */
public final class Words {
  /** The word lists of this class, one section each, in resources. */
  private static final String RESOURCE = "words.txt";

  private Words() {}

  /** Prepositions: a mention right after one is not the subject of a clause. */
  public static final Set<String> PREPOSITIONS =
      SectionedWords.of(Words.class, RESOURCE).words("prepositions");

  /** Personal pronouns that refer to people. */
  public static final Set<String> PERSON_PRONOUNS =
      SectionedWords.of(Words.class, RESOURCE).words("person-pronouns");

  /** Pronouns that refer to states, organisations and groups. */
  public static final Set<String> GROUP_PRONOUNS =
      SectionedWords.of(Words.class, RESOURCE).words("group-pronouns");

  /** Words that begin an apposition or a non-restrictive relative clause after a name. */
  public static final Set<String> APPOSITION_STARTS =
      SectionedWords.of(Words.class, RESOURCE).words("apposition-starts");

  /** Auxiliaries and adverbs that may stand between a subject and its verb. */
  public static final Set<String> AUXILIARIES =
      SectionedWords.of(Words.class, RESOURCE).words("auxiliaries");

  /** Modal verbs that make an event hypothetical. */
  public static final Set<String> MODALS = SectionedWords.of(Words.class, RESOURCE).words("modals");

  /** Words that negate a verb or noun near them. */
  public static final Set<String> NEGATIONS =
      SectionedWords.of(Words.class, RESOURCE).words("negations");

  /** Forms of "be" that, before a past participle, make it passive. */
  public static final Set<String> BE = SectionedWords.of(Words.class, RESOURCE).words("be");

  /** Nouns that name a group of people acting together, as in "thousands of …", "rebels in …". */
  public static final Set<String> GROUP_NOUNS =
      SectionedWords.of(Words.class, RESOURCE).words("group-nouns");

  /** Tokens that end a clause for the purposes of finding a subject or an object. */
  public static final Set<String> CLAUSE_BREAKS =
      SectionedWords.of(Words.class, RESOURCE).words("clause-breaks");
}
