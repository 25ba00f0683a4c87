package dev.parley.core.claim;

import dev.parley.core.evidence.PloverEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words that make claims, kept as data ({@code claim-rules.tsv} beside this class;
 * docs/claims.md).
 *
 * <p>One row per rule, tab-separated, {@code #} starting a comment line; the first field is the
 * row's kind and the second its forms, {@code |}-separated word sequences matched word by word,
 * case ignored:
 *
 * <ul>
 *   <li>{@code event FORMS PLOVER MODE POLARITY}: words that state an event, its PLOVER event type
 *       and mode, and {@code +} when they say it happened or {@code -} when they say it did not
 *       ("still hold" says a place was not taken);
 *   <li>{@code negation FORMS}: words just before an event's words that say it did not happen;
 *   <li>{@code modal FORMS}: words just before them that make it expected or planned, not done;
 *   <li>{@code attribution FORMS SIDE}: words that report a claim, with who makes it {@code before}
 *       ("the ministry said") or {@code after} ("according to the ministry");
 *   <li>{@code denial FORMS}: words by which whoever comes before denies the claim after them;
 *   <li>{@code dispute FORMS}: words after a claim that set the sources after them against it;
 *   <li>{@code party FORMS LABEL}: kinds of sources that are not actors ("independent reports");
 *   <li>{@code place FORMS}: words before a place name ("near", "around");
 *   <li>{@code settlement FORMS}: words naming a kind of place ("village" in "the village of");
 *   <li>{@code quantity FORMS LABEL}: words near a number that say what befell what it counts
 *       ("killed").
 * </ul>
 */
public final class ClaimRules {
  /** A rule: its word sequences and its further fields. */
  record Rule(String kind, List<String[]> forms, String[] fields) {}

  private static final List<String> KINDS =
      List.of(
          "event",
          "negation",
          "modal",
          "attribution",
          "denial",
          "dispute",
          "party",
          "place",
          "settlement",
          "quantity");

  private final List<Rule> rules;

  private ClaimRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the rules a table describes.
   *
   * @throws IllegalArgumentException naming the line, when a row's kind is unknown, a row has too
   *     few fields, an event row's PLOVER event or polarity is unknown, or an attribution row's
   *     side is neither before nor after
   */
  public static ClaimRules parse(String table) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = table.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = lines[n].split("\t", -1);
      String at = "claim rules line " + (n + 1) + ": ";
      String kind = f[0].strip().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            at + "expected a kind among " + KINDS + ", but found \"" + f[0] + "\"");
      }
      int want =
          switch (kind) {
            case "event" -> 5;
            case "attribution", "party", "quantity" -> 3;
            default -> 2;
          };
      if (f.length != want) {
        throw new IllegalArgumentException(
            at
                + "expected "
                + want
                + " tab-separated fields for "
                + kind
                + ", but found "
                + f.length);
      }
      List<String[]> forms = new ArrayList<>();
      for (String form : f[1].split("\\|", -1)) {
        String[] words = ClaimText.words(form);
        if (words.length == 0) {
          throw new IllegalArgumentException(at + "expected words in every form, but found none");
        }
        forms.add(words);
      }
      String[] rest = Arrays.stream(f, 2, f.length).map(String::strip).toArray(String[]::new);
      if (kind.equals("event")) {
        try {
          PloverEvent.valueOf(rest[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              at + "expected a PLOVER event type, but found \"" + rest[0] + "\"", e);
        }
        if (!rest[2].equals("+") && !rest[2].equals("-")) {
          throw new IllegalArgumentException(
              at + "expected the polarity + or -, but found \"" + rest[2] + "\"");
        }
      }
      if (kind.equals("attribution") && !rest[0].equals("before") && !rest[0].equals("after")) {
        throw new IllegalArgumentException(
            at + "expected the side before or after, but found \"" + rest[0] + "\"");
      }
      rules.add(new Rule(kind, forms, rest));
    }
    return new ClaimRules(rules);
  }

  /** Returns the rules of one kind. */
  List<Rule> of(String kind) {
    return rules.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  /** Returns how many rules there are. */
  public int size() {
    return rules.size();
  }

  /**
   * A match of a rule in a sentence's words.
   *
   * @param rule the rule
   * @param from the first word
   * @param to one past the last word
   */
  record Match(Rule rule, int from, int to) {}

  /** Returns every match of the rules of one kind, longest first where they start alike. */
  List<Match> find(String kind, String[] words) {
    List<Match> found = new ArrayList<>();
    List<Rule> of = of(kind);
    for (int i = 0; i < words.length; i++) {
      @Nullable Match best = null;
      for (Rule r : of) {
        for (String[] form : r.forms()) {
          if (matches(words, i, form) && (best == null || form.length > best.to() - best.from())) {
            best = new Match(r, i, i + form.length);
          }
        }
      }
      if (best != null) {
        found.add(best);
        i = best.to() - 1;
      }
    }
    return found;
  }

  private static boolean matches(String[] words, int at, String[] form) {
    if (at + form.length > words.length) {
      return false;
    }
    for (int k = 0; k < form.length; k++) {
      if (!words[at + k].equals(form[k])) {
        return false;
      }
    }
    return true;
  }
}
