package dev.parley.ingest.extract.syntax;

import java.util.Set;

/** Closed classes of English words that the shallow grammar relies on, in normal form. */
public final class Words {
  private Words() {}

  /** Prepositions: a mention right after one is not the subject of a clause. */
  public static final Set<String> PREPOSITIONS =
      Set.of(
          "of",
          "with",
          "to",
          "from",
          "in",
          "on",
          "at",
          "for",
          "against",
          "by",
          "about",
          "between",
          "into",
          "over",
          "under",
          "toward",
          "towards",
          "after",
          "before",
          "during",
          "than",
          "like",
          "as",
          "among",
          "upon",
          "via",
          "including",
          "behind",
          "beyond",
          "across",
          "through",
          "without",
          "within",
          "amid",
          "despite",
          "since",
          "around",
          "near",
          "onto",
          "throughout",
          "unlike",
          "per",
          "following",
          "regarding",
          "concerning",
          "involving",
          "excluding");

  /** Personal pronouns that refer to people. */
  public static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

  /** Pronouns that refer to states, organisations and groups. */
  public static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");

  /** Words that begin an apposition or a non-restrictive relative clause after a name. */
  public static final Set<String> APPOSITION_STARTS =
      Set.of(
          "a", "an", "the", "who", "whose", "former", "current", "one", "its", "his", "her", "then",
          "now", "once");

  /** Auxiliaries and adverbs that may stand between a subject and its verb. */
  public static final Set<String> AUXILIARIES =
      Set.of(
          "has",
          "have",
          "had",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "should",
          "must",
          "shall",
          "do",
          "does",
          "did",
          "also",
          "already",
          "again",
          "reportedly",
          "repeatedly",
          "swiftly",
          "quickly",
          "rightly",
          "publicly",
          "previously",
          "recently",
          "once",
          "still",
          "even",
          "then",
          "now",
          "just",
          "strongly",
          "unequivocally",
          "vehemently",
          "immediately",
          "effectively",
          "long",
          "apparently",
          "reiterated",
          "openly",
          "firmly",
          "later",
          "earlier",
          "further",
          "too",
          "only",
          "never",
          "not",
          "n't",
          "always",
          "often",
          "allegedly",
          "officially",
          "directly");

  /** Modal verbs that make an event hypothetical. */
  public static final Set<String> MODALS =
      Set.of("would", "could", "might", "may", "should", "can", "must", "shall");

  /** Words that negate a verb or noun near them. */
  public static final Set<String> NEGATIONS =
      Set.of(
          "not", "n't", "never", "no", "neither", "nor", "without", "refused", "failed", "cannot");

  /** Forms of "be" that, before a past participle, make it passive. */
  public static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

  /** Nouns that name a group of people acting together, as in "thousands of …", "rebels in …". */
  public static final Set<String> GROUP_NOUNS =
      Set.of(
          "thousands",
          "hundreds",
          "dozens",
          "millions",
          "tens",
          "groups",
          "group",
          "members",
          "supporters",
          "leaders",
          "officials",
          "representatives",
          "students",
          "workers",
          "residents",
          "citizens",
          "people",
          "rebels",
          "forces",
          "troops",
          "authorities",
          "elders",
          "activists",
          "opponents",
          "protesters",
          "demonstrators",
          "refugees",
          "civilians",
          "militants",
          "soldiers",
          "police",
          "government",
          "parliament",
          "delegation",
          "delegates",
          "diplomats",
          "ministers",
          "minister",
          "spokesman",
          "spokeswoman",
          "official",
          "army",
          "navy",
          "guerrillas",
          "guerillas",
          "fighters",
          "youths",
          "settlers",
          "farmers",
          "some",
          "many",
          "most",
          "hundred",
          "thousand",
          "coalition",
          "parties",
          "party",
          "union");

  /** Tokens that end a clause for the purposes of finding a subject or an object. */
  public static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "?", "!", "(", ")");
}
