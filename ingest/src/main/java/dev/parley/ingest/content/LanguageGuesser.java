package dev.parley.ingest.content;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A light language detector: counts the words of a text that are frequent function words of each
 * supported language (English, German, French, Spanish, Italian, Portuguese, Dutch, Russian,
 * Ukrainian) and picks the language with the most.
 */
public final class LanguageGuesser {
  private static final Map<String, Set<String>> PROFILES =
      Map.of(
          "en",
          Set.of(
              "the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "on", "with", "he",
              "as", "are", "this", "by", "be", "have", "from", "not", "but", "they", "which", "has",
              "were", "would", "their", "will", "its"),
          "de",
          Set.of(
              "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
              "sich", "des", "auf", "für", "dem", "auch", "es", "an", "wird", "aus", "er", "hat",
              "dass", "sie", "nach", "bei", "werden", "wie"),
          "fr",
          Set.of(
              "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans",
              "pour", "pas", "sur", "au", "ce", "il", "avec", "ne", "se", "sont", "par", "plus",
              "aux", "elle", "mais", "ont", "été"),
          "es",
          Set.of(
              "el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "es", "por", "con",
              "no", "se", "del", "para", "al", "lo", "como", "más", "pero", "sus", "su", "le", "ha",
              "fue", "este", "esta", "entre"),
          "it",
          Set.of(
              "il", "di", "che", "la", "e", "un", "una", "per", "non", "sono", "della", "del",
              "con", "gli", "le", "nel", "alla", "anche", "come", "più", "ha", "è", "ma", "dei",
              "questo", "essere", "delle", "lo", "si", "stato"),
          "pt",
          Set.of(
              "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma",
              "para", "com", "não", "por", "mais", "se", "na", "no", "foi", "ao", "como", "mas",
              "seu", "sua", "são", "também"),
          "nl",
          Set.of(
              "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met",
              "voor", "die", "er", "aan", "ook", "als", "bij", "maar", "om", "wordt", "door",
              "heeft", "naar", "ze", "nog", "werd", "hij", "worden"),
          "ru",
          Set.of(
              "и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "к", "из", "но", "за",
              "его", "от", "для", "о", "так", "же", "уже", "был", "только", "было", "она", "мы",
              "они", "при", "также", "если"),
          "uk",
          Set.of(
              "і", "й", "в", "у", "не", "на", "що", "з", "до", "це", "як", "та", "за", "від",
              "його", "але", "для", "про", "вже", "був", "була", "було", "він", "вона", "ми",
              "вони", "також", "якщо", "ще", "лише"));

  private static final java.util.regex.Pattern NON_LETTERS =
      java.util.regex.Pattern.compile("[^\\p{L}']+");

  private LanguageGuesser() {}

  /**
   * Returns the ISO 639-1 code of the text's language, or null when the text is too short or too
   * ambiguous to tell (fewer than five function words, or two languages nearly tied).
   */
  public static @Nullable String guess(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    String[] words = NON_LETTERS.split(sample.toLowerCase(Locale.ROOT), -1);
    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
      int hits = 0;
      for (String w : words) {
        if (profile.getValue().contains(w)) {
          hits++;
        }
      }
      if (hits > bestHits
          || (hits == bestHits && best != null && profile.getKey().compareTo(best) < 0)) {
        secondHits = Math.max(secondHits, bestHits);
        bestHits = hits;
        best = profile.getKey();
      } else if (hits > secondHits) {
        secondHits = hits;
      }
    }
    if (best == null || bestHits < 5 || bestHits < secondHits * 1.2) {
      return null;
    }
    return best;
  }
}
