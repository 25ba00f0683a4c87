package dev.parley.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Universal Dependencies tree of one sentence: each word's part of speech, head and relation.
 *
 * <p>Words are numbered from 0 in sentence order. {@link #head} is -1 for the root. Relations keep
 * their subtypes ({@code nsubj:pass}, {@code acl:relcl}); the questions below compare the universal
 * part before the colon unless they say otherwise. The relation names are those of UD v2
 * (https://universaldependencies.org/u/dep/).
 */
public final class DependencyTree {
  private static final Set<String> NEGATORS = readNegators();
  private static final Set<String> CLAUSAL =
      Set.of("root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis");

  private final String[] forms;
  private final Upos[] tags;
  private final int[] heads;
  private final String[] relations;
  private final int[][] children;

  DependencyTree(String[] forms, Upos[] tags, int[] heads, String[] relations) {
    this.forms = forms.clone();
    this.tags = tags.clone();
    this.heads = heads.clone();
    this.relations = relations.clone();
    int n = forms.length;
    int[] counts = new int[n];
    for (int head : heads) {
      if (head >= 0) {
        counts[head]++;
      }
    }
    this.children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[counts[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      if (heads[i] >= 0) {
        children[heads[i]][filled[heads[i]]++] = i;
      }
    }
  }

  private static Set<String> readNegators() {
    try (InputStream in = DependencyTree.class.getResourceAsStream("negators.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "expected negators.txt beside DependencyTree on the class path, but found none");
      }
      Set<String> words = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the number of words. */
  public int size() {
    return forms.length;
  }

  /** Returns word {@code i} as written. */
  public String form(int i) {
    return forms[i];
  }

  /** Returns the part of speech of word {@code i}. */
  public Upos tag(int i) {
    return tags[i];
  }

  /** Returns the head of word {@code i}, or -1 for the root. */
  public int head(int i) {
    return heads[i];
  }

  /** Returns the relation of word {@code i} to its head, with its subtype. */
  public String relation(int i) {
    return relations[i];
  }

  /** Returns the universal part of the relation of word {@code i} ({@code nsubj:pass} → nsubj). */
  public String baseRelation(int i) {
    String relation = relations[i];
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** Returns the root word, or -1 for an empty sentence. */
  public int root() {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < 0) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the dependents of word {@code i} in sentence order. */
  public int[] children(int i) {
    return children[i].clone();
  }

  /**
   * Returns the dependents of word {@code i} whose relation is {@code relation}: exactly, when it
   * has a subtype, else by its universal part ({@code "nsubj"} also finds {@code nsubj:pass}).
   */
  public int[] childrenWith(int i, String relation) {
    boolean exact = relation.indexOf(':') >= 0;
    return Arrays.stream(children[i])
        .filter(c -> exact ? relations[c].equals(relation) : baseRelation(c).equals(relation))
        .toArray();
  }

  /**
   * Returns the subject of the predicate {@code i}: its nominal or clausal subject ({@code nsubj},
   * {@code csubj} with any subtype) or, for a predicate coordinated with an earlier one that has
   * none of its own ("they met and agreed"), the subject of the first conjunct.
   */
  public OptionalInt subjectOf(int i) {
    for (int c : children[i]) {
      String base = baseRelation(c);
      if (base.equals("nsubj") || base.equals("csubj")) {
        return OptionalInt.of(c);
      }
    }
    if (baseRelation(i).equals("conj") && heads[i] >= 0) {
      return subjectOf(heads[i]);
    }
    return OptionalInt.empty();
  }

  /** Returns the direct object of the predicate {@code i} ({@code obj}), if any. */
  public OptionalInt objectOf(int i) {
    for (int c : children[i]) {
      if (baseRelation(c).equals("obj")) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }

  /** Returns whether the predicate {@code i} is passive (it has a passive subject or auxiliary). */
  public boolean isPassive(int i) {
    for (int c : children[i]) {
      if (relations[c].equals("nsubj:pass")
          || relations[c].equals("csubj:pass")
          || relations[c].equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether word {@code i} is negated: one of its adverbial modifiers or determiners is a
   * negator listed in the resource {@code negators.txt} ("not", "n't", "never", "no").
   */
  public boolean isNegated(int i) {
    for (int c : children[i]) {
      String base = baseRelation(c);
      if ((base.equals("advmod") || base.equals("det"))
          && NEGATORS.contains(forms[c].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the auxiliaries of the predicate {@code i} ("will", "could", "has"), in order. */
  public int[] auxiliariesOf(int i) {
    return childrenWith(i, "aux");
  }

  /**
   * Returns whether word {@code i} heads a clause: it is the root or the head of a clausal
   * dependent ({@code ccomp}, {@code xcomp}, {@code advcl}, {@code acl}, {@code csubj}, {@code
   * parataxis}), or a verb coordinated with a clause head.
   */
  public boolean isClauseHead(int i) {
    String base = baseRelation(i);
    if (CLAUSAL.contains(base)) {
      return true;
    }
    return base.equals("conj")
        && (tags[i] == Upos.VERB || tags[i] == Upos.AUX)
        && heads[i] >= 0
        && isClauseHead(heads[i]);
  }

  /** Returns the heads of the sentence's clauses, in sentence order. */
  public int[] clauses() {
    List<Integer> heads0 = new ArrayList<>();
    for (int i = 0; i < forms.length; i++) {
      if (isClauseHead(i)) {
        heads0.add(i);
      }
    }
    return heads0.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns the head of the smallest clause that contains word {@code i}. */
  public int clauseOf(int i) {
    int w = i;
    for (int steps = 0; w >= 0 && steps <= forms.length; steps++) {
      if (isClauseHead(w)) {
        return w;
      }
      w = heads[w];
    }
    return root();
  }

  /** Returns the words of the subtree of word {@code i} (it and all its descendants), in order. */
  public int[] subtree(int i) {
    List<Integer> words = new ArrayList<>();
    int[] stack = new int[forms.length];
    int top = 0;
    stack[top++] = i;
    while (top > 0) {
      int w = stack[--top];
      words.add(w);
      for (int c : children[w]) {
        stack[top++] = c;
      }
    }
    return words.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Returns the tree in CoNLL-U (ID FORM _ UPOS _ _ HEAD DEPREL _ _), one word per line. */
  public String toConllU() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < forms.length; i++) {
      out.append(i + 1)
          .append('\t')
          .append(forms[i])
          .append("\t_\t")
          .append(tags[i].name())
          .append("\t_\t_\t")
          .append(heads[i] + 1)
          .append('\t')
          .append(relations[i])
          .append("\t_\t_\n");
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DependencyTree t
        && Arrays.equals(forms, t.forms)
        && Arrays.equals(tags, t.tags)
        && Arrays.equals(heads, t.heads)
        && Arrays.equals(relations, t.relations);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(heads) * 31 + Arrays.hashCode(relations);
  }

  @Override
  public String toString() {
    return toConllU();
  }
}
