package dev.parley.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strict reader of CoNLL-U, the format of the Universal Dependencies treebanks.
 *
 * <p>Every word line has ten tab-separated fields; word numbers run 1, 2, 3 … within a sentence;
 * the part of speech is one of the seventeen universal tags; the head is 0 or a word of the same
 * sentence; the relation is not empty; the heads form one tree with exactly one root. Multiword
 * token lines ({@code 3-4}) and empty nodes ({@code 5.1}) are checked for ten fields and skipped. A
 * comment {@code # sent_id = X} names the next sentence. Anything else is an error at its line and
 * column, and reading stops there (a treebank with one bad line is not a treebank to train on).
 */
public final class ConllUReader {
  private static final String HINT =
      "see https://universaldependencies.org/format.html; each word line has 10 tab-separated"
          + " fields: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC";

  private ConllUReader() {}

  /** Reads every sentence of a file. */
  public static List<TreebankSentence> read(Path file) throws IOException, ConllUException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    }
  }

  /**
   * Reads every sentence of a text.
   *
   * @param name the name of the input in messages, such as its path
   */
  public static List<TreebankSentence> read(String name, Reader reader) throws ConllUException {
    BufferedReader lines =
        reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    List<TreebankSentence> sentences = new ArrayList<>();
    Builder sentence = new Builder(name);
    int lineNo = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          if (!line.isEmpty()) {
            throw new ConllUException(
                name, lineNo, 1, "expected an empty line, but found only white space", HINT);
          }
          sentence.finish(sentences, lineNo);
          sentence = new Builder(name);
        } else if (line.charAt(0) == '#') {
          sentence.comment(line, lineNo);
        } else {
          sentence.word(line, lineNo);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sentence.finish(sentences, lineNo + 1);
    return sentences;
  }

  private static final class Builder {
    private final String name;
    private String id = "";
    private int firstLine;
    private final List<String> forms = new ArrayList<>();
    private final List<Upos> tags = new ArrayList<>();
    private final List<Integer> heads = new ArrayList<>();
    private final List<String> relations = new ArrayList<>();
    private final List<int[]> headPlaces = new ArrayList<>();

    Builder(String name) {
      this.name = name;
    }

    void comment(String line, int lineNo) throws ConllUException {
      if (!forms.isEmpty()) {
        throw new ConllUException(
            name,
            lineNo,
            1,
            "expected a word line or an empty line after the words of a sentence, but found a"
                + " comment",
            "end the sentence with an empty line before the next sentence's comments");
      }
      if (firstLine == 0) {
        firstLine = lineNo;
      }
      String body = line.substring(1).strip();
      if (body.startsWith("sent_id")) {
        int eq = body.indexOf('=');
        if (eq > 0) {
          id = body.substring(eq + 1).strip();
        }
      }
    }

    void word(String line, int lineNo) throws ConllUException {
      if (firstLine == 0) {
        firstLine = lineNo;
      }
      String[] fields = line.split("\t", -1);
      int[] starts = new int[fields.length];
      for (int i = 1; i < fields.length; i++) {
        starts[i] = starts[i - 1] + fields[i - 1].length() + 1;
      }
      if (fields.length != 10) {
        throw new ConllUException(
            name,
            lineNo,
            fields.length > 10 ? starts[10] + 1 : line.length() + 1,
            "expected 10 tab-separated fields, but found " + fields.length,
            HINT);
      }
      for (int f = 0; f < 10; f++) {
        if (fields[f].isEmpty()) {
          throw new ConllUException(
              name,
              lineNo,
              starts[f] + 1,
              "expected a value in field " + (f + 1) + ", but found an empty field",
              "write _ for a field with no value");
        }
      }
      String wordId = fields[0];
      if (wordId.indexOf('-') > 0 || wordId.indexOf('.') > 0) {
        checkRange(wordId, lineNo);
        return;
      }
      int number = integer(wordId, lineNo, 1, "a word number");
      if (number != forms.size() + 1) {
        throw new ConllUException(
            name,
            lineNo,
            1,
            "expected word number " + (forms.size() + 1) + ", but found " + wordId,
            "number the words of each sentence 1, 2, 3 … without gaps");
      }
      Optional<Upos> tag = Upos.parse(fields[3]);
      if (tag.isEmpty()) {
        throw new ConllUException(
            name,
            lineNo,
            starts[3] + 1,
            "expected a universal part-of-speech tag (ADJ … X), but found " + fields[3],
            "use one of the 17 UPOS tags; language-specific tags go in XPOS (field 5)");
      }
      int head = integer(fields[6], lineNo, starts[6] + 1, "a head word number");
      String relation = fields[7];
      if (relation.equals("_") || !relation.matches("[a-z]+(:[a-z]+)?")) {
        throw new ConllUException(
            name,
            lineNo,
            starts[7] + 1,
            "expected a dependency relation such as nsubj or obl:tmod, but found " + relation,
            "write the universal relation, optionally with one lower-case subtype after a colon");
      }
      forms.add(fields[1]);
      tags.add(tag.get());
      heads.add(head);
      relations.add(relation);
      headPlaces.add(new int[] {lineNo, starts[6] + 1});
    }

    private void checkRange(String wordId, int lineNo) throws ConllUException {
      if (!wordId.matches("[0-9]+-[0-9]+|[0-9]+\\.[0-9]+")) {
        throw new ConllUException(
            name,
            lineNo,
            1,
            "expected a word number, a range such as 3-4 or an empty node such as 5.1, but found "
                + wordId,
            HINT);
      }
    }

    private int integer(String text, int lineNo, int column, String what) throws ConllUException {
      if (text.isEmpty()
          || text.length() > 6
          || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new ConllUException(
            name, lineNo, column, "expected " + what + ", but found " + text, HINT);
      }
      return Integer.parseInt(text);
    }

    void finish(List<TreebankSentence> out, int lineNo) throws ConllUException {
      if (forms.isEmpty()) {
        if (firstLine != 0) {
          throw new ConllUException(
              name,
              lineNo,
              1,
              "expected the words of a sentence after its comments, but found none",
              "remove the comments of an empty sentence");
        }
        return;
      }
      int n = forms.size();
      int roots = 0;
      for (int i = 0; i < n; i++) {
        int head = heads.get(i);
        int[] at = headPlaces.get(i);
        if (head > n) {
          throw new ConllUException(
              name,
              at[0],
              at[1],
              "expected a head between 0 and " + n + ", but found " + head,
              "the head is the number of a word of the same sentence, or 0 for the root");
        }
        if (head == i + 1) {
          throw new ConllUException(
              name,
              at[0],
              at[1],
              "expected a head other than the word itself, but found " + head,
              "a word cannot depend on itself");
        }
        if (head == 0) {
          roots++;
          if (roots > 1) {
            throw new ConllUException(
                name,
                at[0],
                at[1],
                "expected exactly one word with head 0, but found a second one",
                "attach all but one of the sentence's roots to a word");
          }
        }
      }
      if (roots == 0) {
        throw new ConllUException(
            name,
            firstLine,
            1,
            "expected exactly one word with head 0 in the sentence, but found none",
            "attach the sentence's main word to 0 with the relation root");
      }
      for (int i = 0; i < n; i++) {
        int steps = 0;
        for (int w = i + 1; w != 0; w = heads.get(w - 1)) {
          if (++steps > n) {
            int[] at = headPlaces.get(i);
            throw new ConllUException(
                name,
                at[0],
                at[1],
                "expected the heads to form a tree, but found a cycle through word " + (i + 1),
                "every chain of heads must end at 0");
          }
        }
      }
      String sentenceId = id.isEmpty() ? name + ":" + firstLine : id;
      out.add(new TreebankSentence(sentenceId, forms, tags, heads, relations));
    }
  }
}
