package dev.parley.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Trains, evaluates and times the parser on the UD English Web Treebank; a tool, not a test.
 *
 * <p>Run from the project root after {@code ./mvnw -pl testkit,core,io,ingest test-compile}, with
 * the test class path (docs/parser.md gives the exact command):
 *
 * <pre>
 * java -cp CP dev.parley.ingest.parse.ParserTool train ../shared/data/ud-ewt OUT.bin.gz
 * java -cp CP dev.parley.ingest.parse.ParserTool eval MODEL.bin.gz FILE.conllu
 * java -cp CP dev.parley.ingest.parse.ParserTool opennlp FILE.conllu
 * java -cp CP dev.parley.ingest.parse.ParserTool try ../shared/data/ud-ewt tagIt parseIt
 * </pre>
 */
public final class ParserTool {
  /** The attribution the model file carries (UD English EWT's README and LICENSE.txt). */
  static final String HEADER =
      """
      Parley's English tagger and dependency parser (format parley-parser-1).
      Trained on the Universal Dependencies English Web Treebank v2.15 (UD_English-EWT, commit \
      15d613d8), train split only: Silveira et al., "A Gold Standard Dependency Corpus for \
      English", LREC 2014; https://universaldependencies.org. Annotations (c) 2013-2021 The Board \
      of Trustees of The Leland Stanford Junior University, licensed under the Creative Commons \
      Attribution-ShareAlike 4.0 International License \
      (https://creativecommons.org/licenses/by-sa/4.0/). This model is trained on CC BY-SA 4.0 \
      data; see NOTICE and docs/parser.md.
      """;

  private ParserTool() {}

  /** Runs one command; see the class comment. */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "train" -> train(Path.of(args[1]), Path.of(args[2]));
      case "eval" -> eval(Path.of(args[1]), Path.of(args[2]));
      case "eval-gold-tags" -> evalGoldTags(Path.of(args[1]), Path.of(args[2]));
      case "opennlp" -> openNlp(Path.of(args[1]));
      case "tagger" -> {
        List<TreebankSentence> train = trainSplit(Path.of(args[1]));
        List<TreebankSentence> dev =
            ConllUReader.read(Path.of(args[1]).resolve("en_ewt-ud-dev.conllu"));
        Tagger tagger =
            Tagger.train(
                train,
                Integer.parseInt(args[2]),
                ParserTrainer.Settings.DEFAULT.seed(),
                Integer.parseInt(args[3]));
        int right = 0;
        int words = 0;
        for (TreebankSentence sentence : dev) {
          int[] tags = tagger.tag(sentence.forms().toArray(String[]::new));
          for (int i = 0; i < tags.length; i++) {
            words++;
            if (tags[i] == sentence.tags().get(i).index()) {
              right++;
            }
          }
        }
        System.out.printf(Locale.ROOT, "tagger alone on dev: UPOS %.2f%n", 100.0 * right / words);
      }
      case "parse" -> {
        for (int a = 1; a < args.length; a++) {
          System.out.println(Parser.shipped().parse(List.of(args[a].split(" "))));
        }
      }
      case "try" ->
          tryOnDev(
              Path.of(args[1]),
              new ParserTrainer.Settings(
                  Integer.parseInt(args[2]),
                  Integer.parseInt(args[3]),
                  args.length > 4 ? Integer.parseInt(args[4]) : 5,
                  ParserTrainer.Settings.DEFAULT.seed(),
                  args.length > 5 ? Integer.parseInt(args[5]) : 19,
                  args.length > 6 ? Integer.parseInt(args[6]) : 21,
                  args.length > 7 ? Integer.parseInt(args[7]) : 18,
                  args.length > 8 ? Integer.parseInt(args[8]) : 1));
      default -> throw new IllegalArgumentException("expected train, eval, opennlp or try");
    }
  }

  /** Reads the train split: the files that file-lists/files.train names, in that order. */
  static List<TreebankSentence> trainSplit(Path ewt) throws IOException, ConllUException {
    List<TreebankSentence> sentences = new ArrayList<>();
    for (String line :
        Files.readAllLines(ewt.resolve("file-lists/files.train"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        sentences.addAll(ConllUReader.read(ewt.resolve("sources").resolve(line.strip())));
      }
    }
    return sentences;
  }

  private static void train(Path ewt, Path out) throws Exception {
    List<TreebankSentence> train = trainSplit(ewt);
    long projective = train.stream().filter(TreebankSentence::isProjective).count();
    System.out.printf(
        Locale.ROOT,
        "train: %d sentences, %d words, %d projective (%d non-projective skipped by the parser)%n",
        train.size(),
        train.stream().mapToInt(TreebankSentence::size).sum(),
        projective,
        train.size() - projective);
    long start = System.nanoTime();
    Parser parser = ParserTrainer.train(train, ParserTrainer.Settings.DEFAULT, HEADER);
    System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
    try (OutputStream os = Files.newOutputStream(out)) {
      parser.write(os);
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d bytes, %d weights%n",
        out,
        Files.size(out),
        parser.weightCount());
    List<TreebankSentence> dev = ConllUReader.read(ewt.resolve("en_ewt-ud-dev.conllu"));
    System.out.println("dev: " + evaluate(parser, dev).summary());
  }

  private static void tryOnDev(Path ewt, ParserTrainer.Settings settings) throws Exception {
    List<TreebankSentence> train = trainSplit(ewt);
    long start = System.nanoTime();
    Parser parser = ParserTrainer.train(train, settings, HEADER);
    System.out.printf(
        Locale.ROOT, "%s trained in %.1f s%n", settings, (System.nanoTime() - start) / 1e9);
    List<TreebankSentence> dev = ConllUReader.read(ewt.resolve("en_ewt-ud-dev.conllu"));
    System.out.println("dev: " + evaluate(parser, dev).summary());
    OutputStream sink = OutputStream.nullOutputStream();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    parser.write(bytes);
    sink.close();
    System.out.printf(
        Locale.ROOT, "model: %d bytes, %d weights%n", bytes.size(), parser.weightCount());
  }

  static Evaluation evaluate(Parser parser, List<TreebankSentence> gold) {
    List<DependencyTree> trees = new ArrayList<>(gold.size());
    for (TreebankSentence sentence : gold) {
      trees.add(parser.parse(sentence.forms()));
    }
    return Evaluation.of(gold, trees);
  }

  private static void eval(Path model, Path file) throws Exception {
    Parser parser;
    try (InputStream in = Files.newInputStream(model)) {
      parser = Parser.read(in);
    }
    List<TreebankSentence> gold = ConllUReader.read(file);
    System.out.println(file + ": " + evaluate(parser, gold).summary());
    for (int round = 0; round < 2; round++) {
      evaluate(parser, gold);
    }
    int rounds = 3;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      evaluate(parser, gold);
    }
    double seconds = (System.nanoTime() - start) / 1e9 / rounds;
    int words = gold.stream().mapToInt(TreebankSentence::size).sum();
    System.out.printf(
        Locale.ROOT,
        "speed (tag + parse, one thread, after 2 warm-up passes, mean of %d passes): %.0f"
            + " sentences/s, %.0f words/s%n",
        rounds,
        gold.size() / seconds,
        words / seconds);
    long taggerStart = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (TreebankSentence sentence : gold) {
        parser.tag(sentence.forms());
      }
    }
    double taggerSeconds = (System.nanoTime() - taggerStart) / 1e9 / rounds;
    System.out.printf(Locale.ROOT, "tagger alone: %.0f sentences/s%n", gold.size() / taggerSeconds);
  }

  private static void evalGoldTags(Path model, Path file) throws Exception {
    Parser parser;
    try (InputStream in = Files.newInputStream(model)) {
      parser = Parser.read(in);
    }
    List<TreebankSentence> gold = ConllUReader.read(file);
    List<DependencyTree> trees = new ArrayList<>(gold.size());
    for (TreebankSentence sentence : gold) {
      trees.add(parser.parse(sentence.forms(), sentence.tags()));
    }
    System.out.println(file + " with gold tags: " + Evaluation.of(gold, trees).summary());
  }

  private static void openNlp(Path file) throws Exception {
    POSModel model;
    try (InputStream in =
        ParserTool.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      if (in == null) {
        throw new IllegalStateException("opennlp-models-pos-en is not on the class path");
      }
      model = new POSModel(in);
    }
    POSTaggerME tagger = new POSTaggerME(model);
    List<TreebankSentence> gold = ConllUReader.read(file);
    int words = 0;
    int right = 0;
    List<String> unknown = new ArrayList<>();
    for (TreebankSentence sentence : gold) {
      String[] tags = tagger.tag(sentence.forms().toArray(String[]::new));
      for (int i = 0; i < tags.length; i++) {
        words++;
        if (tags[i].equals(sentence.tags().get(i).name())) {
          right++;
        } else if (Upos.parse(tags[i]).isEmpty() && unknown.size() < 5) {
          unknown.add(tags[i]);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "OpenNLP opennlp-en-ud-ewt-pos-1.3-2.5.4 on %s: UPOS %.2f (%d of %d words); tags outside"
            + " UPOS seen: %s%n",
        file,
        100.0 * right / words,
        right,
        words,
        unknown);
    for (int round = 0; round < 2; round++) {
      for (TreebankSentence sentence : gold) {
        tagger.tag(sentence.forms().toArray(String[]::new));
      }
    }
    int rounds = 3;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (TreebankSentence sentence : gold) {
        tagger.tag(sentence.forms().toArray(String[]::new));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9 / rounds;
    System.out.printf(
        Locale.ROOT,
        "OpenNLP speed (one thread, after 2 warm-up passes): %.0f sentences/s%n",
        gold.size() / seconds);
  }
}
