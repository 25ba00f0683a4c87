package dev.parley.ingest.extract.event;

import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The words and phrases that express events, read from {@code triggers.tsv}, as a token trie. */
final class TriggerLexicon {
  private static final String RESOURCE = "/dev/parley/ingest/extract/event/triggers.tsv";
  private static final TriggerLexicon INSTANCE = load();

  /** One sense of a trigger phrase. */
  record Sense(
      boolean verb, EventAction action, @Nullable PloverEvent plover, @Nullable String mode) {}

  /** A node of the trie. */
  static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Sense> senses = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private final java.util.Set<String> baseForms = new java.util.HashSet<>();

  /** Returns whether a token is the base form of a trigger verb ("reject", not "rejects"). */
  boolean isBaseForm(String token) {
    return baseForms.contains(token);
  }

  private TriggerLexicon() {}

  static TriggerLexicon get() {
    return INSTANCE;
  }

  /** The longest trigger phrase starting at token i, as [end, node], or null. */
  @Nullable Match match(AnalyzedText t, int i, int limit) {
    Node node = root;
    Match best = null;
    for (int j = i; j < limit; j++) {
      node = node.children.get(t.norm(j));
      if (node == null) {
        break;
      }
      if (!node.senses.isEmpty()) {
        best = new Match(i, j + 1, node.senses);
      }
    }
    return best;
  }

  /** A matched trigger phrase with its senses. */
  record Match(int start, int end, List<Sense> senses) {}

  private void add(String phrase, Sense sense) {
    Node node = root;
    for (Tokens.Token tok : Tokens.of(phrase)) {
      node = node.children.computeIfAbsent(tok.norm(), k -> new Node());
    }
    if (!node.senses.contains(sense)) {
      node.senses.add(sense);
    }
  }

  private static TriggerLexicon load() {
    TriggerLexicon lex = new TriggerLexicon();
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + RESOURCE + ", but found none");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3) {
          throw new IllegalStateException("expected 5 columns in triggers.tsv, but found: " + line);
        }
        boolean verb = f[1].equals("v");
        EventAction action = EventAction.valueOf(f[2].toUpperCase(Locale.ROOT));
        PloverEvent plover = f.length > 3 && !f[3].isBlank() ? PloverEvent.valueOf(f[3]) : null;
        String mode = f.length > 4 && !f[4].isBlank() ? f[4] : null;
        Sense sense = new Sense(verb, action, plover, mode);
        String[] forms = f[0].split("\\|", -1);
        if (verb) {
          lex.baseForms.add(Tokens.of(forms[0]).get(0).norm());
        }
        if (verb && forms.length == 1) {
          for (String form : inflect(forms[0])) {
            lex.add(form, sense);
          }
        } else {
          for (String form : forms) {
            lex.add(form, sense);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
    return lex;
  }

  /** Regular inflections of a verb, inflecting the first word of a phrase. */
  static List<String> inflect(String phrase) {
    int space = phrase.indexOf(' ');
    String verb = space < 0 ? phrase : phrase.substring(0, space);
    String rest = space < 0 ? "" : phrase.substring(space);
    List<String> out = new ArrayList<>();
    String s;
    String ed;
    String ing;
    int n = verb.length();
    char last = verb.charAt(n - 1);
    boolean consonantY = last == 'y' && n > 1 && "aeiou".indexOf(verb.charAt(n - 2)) < 0;
    if (last == 'e') {
      s = verb + "s";
      ed = verb + "d";
      ing = verb.substring(0, n - 1) + "ing";
    } else if (consonantY) {
      s = verb.substring(0, n - 1) + "ies";
      ed = verb.substring(0, n - 1) + "ied";
      ing = verb + "ing";
    } else if (verb.endsWith("s")
        || verb.endsWith("sh")
        || verb.endsWith("ch")
        || verb.endsWith("x")) {
      s = verb + "es";
      ed = verb + "ed";
      ing = verb + "ing";
    } else if (n <= 4
        && n >= 3
        && "aeiou".indexOf(verb.charAt(n - 2)) >= 0
        && "aeiou".indexOf(verb.charAt(n - 3)) < 0
        && "aeiouwxy".indexOf(last) < 0) {
      s = verb + "s";
      ed = verb + last + "ed";
      ing = verb + last + "ing";
    } else {
      s = verb + "s";
      ed = verb + "ed";
      ing = verb + "ing";
    }
    for (String v : List.of(verb, s, ed, ing)) {
      out.add(v + rest);
    }
    return out;
  }
}
