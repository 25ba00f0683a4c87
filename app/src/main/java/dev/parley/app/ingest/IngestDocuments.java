package dev.parley.app.ingest;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.Duplicate;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.workspace.RunCounts;
import dev.parley.store.workspace.RunId;
import dev.parley.store.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The use case behind {@code parley ingest}: read documents from files, folders and globs, extract
 * their evidence, and store both in a workspace.
 *
 * <p>Each input is read in turn and each of its documents is handled on its own: a document the run
 * has already seen is a duplicate, one the workspace already holds is skipped without being
 * extracted again, and any other is extracted and stored in one transaction. An input that cannot
 * be read, or a document whose extraction fails, becomes a diagnostic and the batch goes on. If the
 * run stops (an exception, a killed process), every document stored before stays stored, and
 * running the same command again stores only the rest.
 */
public final class IngestDocuments {
  private static final int FOLDER_DEPTH = ReadOptions.defaults().maxDepth();

  private final Function<Path, IngestResult> reader;
  private final EvidenceExtractor extractor;

  /** Creates the use case with the standard reader and the given extractor. */
  public IngestDocuments(EvidenceExtractor extractor) {
    this(new DocumentReader()::read, extractor);
  }

  /**
   * Creates the use case with another reader, such as one that fails on purpose in a test.
   *
   * @param reader reads the documents one input (file, folder or glob) names
   */
  public IngestDocuments(Function<Path, IngestResult> reader, EvidenceExtractor extractor) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Ingests the inputs into the workspace, telling the listener of each document. */
  public Summary run(Workspace workspace, List<Path> inputs, Listener listener) {
    RunId run = workspace.startRun(inputs.stream().map(Path::toString).toList(), "parley-ingest");
    Set<DocumentId> seen = new HashSet<>();
    List<IngestDiagnostic> diagnostics = new ArrayList<>();
    Map<EvidenceType, Integer> byType = new EnumMap<>(EvidenceType.class);
    for (EvidenceType t : EvidenceType.values()) {
      byType.put(t, 0);
    }
    int read = 0;
    int stored = 0;
    int duplicates = 0;
    int present = 0;
    int failed = 0;
    List<Path> files = files(inputs);
    listener.started(files.size());
    for (Path input : files) {
      IngestResult result = reader.apply(input);
      listener.read(input);
      for (IngestDiagnostic d : result.diagnostics()) {
        diagnostics.add(d);
        listener.failed(d);
        if (d.isError()) {
          failed++;
        }
      }
      for (Duplicate d : result.duplicates()) {
        read++;
        duplicates++;
        listener.skipped(d.origin(), Outcome.DUPLICATE);
      }
      for (Document d : result.documents()) {
        read++;
        if (!seen.add(d.id())) {
          duplicates++;
          listener.skipped(d.origin(), Outcome.DUPLICATE);
          continue;
        }
        if (workspace.contains(d.id())) {
          present++;
          listener.skipped(d.origin(), Outcome.ALREADY_PRESENT);
          continue;
        }
        DocumentEvidence evidence;
        try {
          evidence = extractor.extract(d);
        } catch (RuntimeException e) {
          IngestDiagnostic problem =
              IngestDiagnostic.error(
                  d.origin(),
                  "extraction-failure",
                  "expected the extraction stages to read the document, but they failed: " + e,
                  "this is a bug in Parley; please report it with the file");
          diagnostics.add(problem);
          listener.failed(problem);
          failed++;
          continue;
        }
        if (workspace.store(evidence, run)) {
          stored++;
          for (ExtractedItem item : evidence.items()) {
            byType.merge(EvidenceType.of(item), 1, Integer::sum);
          }
          listener.stored(evidence);
        } else {
          present++;
          listener.skipped(d.origin(), Outcome.ALREADY_PRESENT);
        }
      }
    }
    RunCounts counts = new RunCounts(read, stored, duplicates, present, failed);
    workspace.finishRun(run, counts, diagnostics);
    return new Summary(
        run, counts, diagnostics, byType, workspace.documentCount(), workspace.evidenceCounts());
  }

  /**
   * Returns the inputs with each folder replaced by its files (recursively, in path order, hidden
   * files and folders left out, as {@link DocumentReader} reads a folder), so that documents are
   * read, extracted and stored one file at a time rather than a whole folder held in memory. A
   * folder that cannot be listed is passed on whole, for the reader to report.
   */
  static List<Path> files(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        files.add(input);
        continue;
      }
      try (Stream<Path> walk = Files.walk(input, FOLDER_DEPTH)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !isHidden(input.relativize(p)))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        files.add(input);
      }
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** What happened to a document that was not stored. */
  public enum Outcome {
    /** The run had already read a document with the same content. */
    DUPLICATE,
    /** The workspace already held it from an earlier run. */
    ALREADY_PRESENT
  }

  /** Hears of each document as the run handles it, for progress bars. */
  public interface Listener {
    /** A listener that ignores everything. */
    Listener NONE = new Listener() {};

    /** The run is about to read this many files (folders expanded; a glob counts as one). */
    default void started(int files) {}

    /** A file (or glob) has been read; its documents follow. */
    default void read(Path file) {}

    /** A document was extracted and stored. */
    default void stored(DocumentEvidence evidence) {}

    /** A document was read and left out. */
    default void skipped(String origin, Outcome outcome) {}

    /** An input or a document could not be read or extracted. */
    default void failed(IngestDiagnostic diagnostic) {}
  }

  /**
   * What a run did.
   *
   * @param diagnostics a diagnostic for every input or document that failed, in input order
   * @param stored how many items of each type the run stored
   * @param workspaceDocuments the documents in the workspace after the run
   * @param workspaceEvidence the items of each type in the workspace after the run
   */
  public record Summary(
      RunId run,
      RunCounts counts,
      List<IngestDiagnostic> diagnostics,
      Map<EvidenceType, Integer> stored,
      int workspaceDocuments,
      Map<EvidenceType, Integer> workspaceEvidence) {
    /** Copies the fields. */
    public Summary {
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(counts, "counts");
      diagnostics = List.copyOf(diagnostics);
      stored = Map.copyOf(stored);
      workspaceEvidence = Map.copyOf(workspaceEvidence);
    }

    /** Returns whether any input or document failed. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(IngestDiagnostic::isError);
    }
  }
}
