package dev.parley.ingest.parse;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Tags and parses English sentences into Universal Dependencies trees.
 *
 * <p>The input is one sentence as tokens in the treebank's style: punctuation apart, clitics split
 * ("do" "n't", "Iran" "'s"). {@link #shipped()} is the model trained on the UD English Web Treebank
 * and shipped in this jar; its accuracy is in docs/parser.md. A parser is immutable; one instance
 * serves any number of threads, and the tree of a sentence does not depend on how many threads
 * parse or on what else they parse.
 *
 * <pre>{@code
 * DependencyTree tree = Parser.shipped().parse(List.of("Envoys", "rejected", "the", "offer", "."));
 * int verb = tree.root();                // 1, "rejected"
 * tree.subjectOf(verb);                  // OptionalInt[0], "Envoys"
 * }</pre>
 */
public final class Parser {
  /** The class-path resource of the shipped model. */
  public static final String RESOURCE = "/dev/parley/ingest/parse/en-ewt-parser.bin.gz";

  static final String MAGIC = "parley-parser-1";

  private final String header;
  private final Tagger tagger;
  private final ArcEagerParser parser;

  Parser(String header, Tagger tagger, ArcEagerParser parser) {
    this.header = Objects.requireNonNull(header, "header");
    this.tagger = tagger;
    this.parser = parser;
  }

  private static final class Shipped {
    static final Parser INSTANCE = load();

    private static Parser load() {
      try (InputStream in = Parser.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "expected the parser model " + RESOURCE + " on the class path, but found none");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped parser model " + RESOURCE + " is corrupt", e);
      }
    }
  }

  /** Returns the model shipped in this jar, read once on first use. */
  public static Parser shipped() {
    return Shipped.INSTANCE;
  }

  /** Returns the model's header: its format, training data, licence and attribution. */
  public String header() {
    return header;
  }

  /** Returns the number of stored weights (tagger, transitions, relations). */
  long weightCount() {
    return (long) tagger.model().size() + parser.transitions().size() + parser.labels().size();
  }

  /** Tags and parses one sentence. */
  public DependencyTree parse(List<String> tokens) {
    String[] forms = tokens.toArray(String[]::new);
    return parseTagged(forms, tagger.tag(forms));
  }

  /** Parses one sentence whose parts of speech are known (one tag per token). */
  public DependencyTree parse(List<String> tokens, List<Upos> tags) {
    if (tags.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "expected one tag per token (" + tokens.size() + "), but found " + tags.size());
    }
    return parseTagged(
        tokens.toArray(String[]::new), tags.stream().mapToInt(Upos::index).toArray());
  }

  /** Returns the parts of speech the tagger gives the tokens. */
  public List<Upos> tag(List<String> tokens) {
    int[] tags = tagger.tag(tokens.toArray(String[]::new));
    List<Upos> out = new ArrayList<>(tags.length);
    for (int t : tags) {
      out.add(Upos.of(t));
    }
    return out;
  }

  private DependencyTree parseTagged(String[] forms, int[] tags) {
    for (String form : forms) {
      Objects.requireNonNull(form, "token");
    }
    int n = forms.length;
    int[] padded = new int[n + 1];
    System.arraycopy(tags, 0, padded, 1, n);
    int[] heads = new int[n + 1];
    int[] relations = new int[n + 1];
    if (n > 0) {
      parser.parse(forms, padded, heads, relations);
    }
    int[] head0 = new int[n];
    String[] rel = new String[n];
    Upos[] upos = new Upos[n];
    for (int i = 0; i < n; i++) {
      head0[i] = heads[i + 1] - 1;
      rel[i] = parser.relation(relations[i + 1]);
      upos[i] = Upos.of(tags[i]);
    }
    return new DependencyTree(forms, upos, head0, rel);
  }

  /**
   * Parses many sentences on {@code threads} threads and returns their trees in the input's order;
   * the trees are those {@link #parse(List)} gives one by one.
   */
  public List<DependencyTree> parseAll(List<List<String>> sentences, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("expected at least 1 thread, but found " + threads);
    }
    if (threads == 1) {
      return sentences.stream().map(this::parse).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int chunk = Math.max(1, (sentences.size() + threads * 4 - 1) / (threads * 4));
      List<Future<List<DependencyTree>>> parts = new ArrayList<>();
      for (int from = 0; from < sentences.size(); from += chunk) {
        List<List<String>> part = sentences.subList(from, Math.min(sentences.size(), from + chunk));
        parts.add(pool.submit(() -> part.stream().map(this::parse).toList()));
      }
      List<DependencyTree> trees = new ArrayList<>(sentences.size());
      for (Future<List<DependencyTree>> part : parts) {
        trees.addAll(part.get());
      }
      return trees;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a parsing thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes the model, gzipped: the header, the tagger, the relations and the parser's tables. */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeUTF(header);
    tagger.model().write(data);
    tagger.dictionary().write(data);
    String[] relations = parser.relations();
    data.writeShort(relations.length);
    for (String relation : relations) {
      data.writeUTF(relation);
    }
    parser.transitions().write(data);
    parser.labels().write(data);
    data.flush();
    gzip.finish();
  }

  /** Reads a model that {@link #write} wrote. */
  public static Parser read(InputStream in) throws IOException {
    // Inflated at once and read through a stream without locks: DataInputStream reads a byte at
    // a time, and a BufferedInputStream takes a lock for each of the millions of weights.
    byte[] inflated = new GZIPInputStream(in, 1 << 16).readAllBytes();
    DataInputStream data = new DataInputStream(new Bytes(inflated));
    String magic = data.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("expected a model in format " + MAGIC + ", but found " + magic);
    }
    String header = data.readUTF();
    LinearModel tags = LinearModel.read(data);
    TagDictionary dictionary = TagDictionary.read(data);
    int count = data.readUnsignedShort();
    String[] relations = new String[count];
    for (int i = 0; i < count; i++) {
      relations[i] = data.readUTF();
    }
    LinearModel transitions = LinearModel.read(data);
    LinearModel labels = LinearModel.read(data);
    try {
      return new Parser(
          header, new Tagger(tags, dictionary), new ArcEagerParser(transitions, labels, relations));
    } catch (IllegalArgumentException e) {
      throw new IOException("expected a consistent parser model: " + e.getMessage(), e);
    }
  }

  /** A stream over an array, without the locks of {@link java.io.ByteArrayInputStream}. */
  private static final class Bytes extends InputStream {
    private final byte[] bytes;
    private int next;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (next >= bytes.length) {
        return -1;
      }
      int n = Math.min(len, bytes.length - next);
      System.arraycopy(bytes, next, into, off, n);
      next += n;
      return n;
    }
  }
}
