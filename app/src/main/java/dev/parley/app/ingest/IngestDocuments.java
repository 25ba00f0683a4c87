package dev.parley.app.ingest;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.Duplicate;
import dev.parley.ingest.source.FolderListing;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.workspace.RunCounts;
import dev.parley.store.workspace.RunId;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The use case behind {@code parley ingest}: read documents from files, folders and globs, extract
 * their evidence, and store both in a workspace.
 *
 * <p>Each input is read in turn and each of its documents is handled on its own: a document the run
 * has already seen is a duplicate, one the workspace already holds is skipped without being
 * extracted again, and any other is extracted and stored in one transaction. An input that cannot
 * be read, or a document whose extraction fails, becomes a diagnostic and the batch goes on; so
 * does an input or a document that makes reading or extraction run out of memory or stack (an
 * {@code out-of-memory} diagnostic names the heap limit). The run's record is finished with its
 * counts and diagnostics. If the run stops all the same (an error other than these, a killed
 * process), every document stored before stays stored, the workspace marks the run interrupted when
 * it is next opened, and running the same command again stores only the rest.
 */
public final class IngestDocuments {
  /** The workspace folder {@code parley ingest} uses when none is given. */
  public static final String DEFAULT_FOLDER = Workspace.DEFAULT_FOLDER;

  private final DocumentReader lister;
  private final BiFunction<Path, @Nullable FolderListing, IngestResult> reader;
  private final Function<Document, DocumentEvidence> extractor;

  /** Creates the use case with the standard reader and the given extractor. */
  public IngestDocuments(EvidenceExtractor extractor) {
    this(ReadOptions.defaults(), extractor);
  }

  /**
   * Creates the use case with the standard reader, following symbolic links in folders or not, and
   * the given extractor.
   */
  public IngestDocuments(boolean followLinks, EvidenceExtractor extractor) {
    this(ReadOptions.defaults().withFollowLinks(followLinks), extractor);
  }

  /** Creates the use case with a reader of the given limits and the given extractor. */
  public IngestDocuments(ReadOptions options, EvidenceExtractor extractor) {
    DocumentReader documents = new DocumentReader(options);
    this.lister = documents;
    this.reader =
        (file, listing) -> listing == null ? documents.read(file) : documents.read(file, listing);
    this.extractor = Objects.requireNonNull(extractor, "extractor")::extract;
  }

  /**
   * Creates the use case with another reader, such as one that fails on purpose in a test.
   *
   * @param reader reads the documents one input (file, folder or glob) names
   */
  public IngestDocuments(Function<Path, IngestResult> reader, EvidenceExtractor extractor) {
    this(reader, Objects.requireNonNull(extractor, "extractor")::extract);
  }

  /**
   * Creates the use case with another reader and another extraction, such as ones that fail on
   * purpose in a test. Folders are listed with the default {@link ReadOptions}.
   *
   * @param reader reads the documents one input (file, folder or glob) names
   * @param extractor extracts the evidence of one document
   */
  public IngestDocuments(
      Function<Path, IngestResult> reader, Function<Document, DocumentEvidence> extractor) {
    Objects.requireNonNull(reader, "reader");
    this.lister = new DocumentReader();
    this.reader = (file, listing) -> reader.apply(file);
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Opens the workspace in a folder, ingests the inputs into it and closes it, as {@code parley
   * ingest} does: the workspace's warnings go to the listener first.
   *
   * @return the run's summary, or the workspace's error when it could not be opened or closed
   */
  public Ingested run(Path folder, List<Path> inputs, Listener listener) {
    try (Workspace ws = Workspace.open(folder)) {
      ws.warnings().forEach(w -> listener.warned(w.format()));
      return new Ingested(run(ws, inputs, listener), null);
    } catch (WorkspaceException e) {
      return new Ingested(null, e.format());
    }
  }

  /**
   * What {@link #run(Path, List, Listener)} did.
   *
   * @param summary the run's summary; null when the workspace could not be opened or closed
   * @param error the workspace's error, formatted; null when there was none
   */
  public record Ingested(@Nullable Summary summary, @Nullable String error) {}

  /** Returns diagnostics as the command line prints them, one line each. */
  static List<String> lines(List<IngestDiagnostic> diagnostics) {
    return diagnostics.stream().map(IngestDiagnostic::format).toList();
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
    List<Input> files = new ArrayList<>();
    for (IngestDiagnostic d : expand(inputs, files)) {
      diagnostics.add(d);
      listener.failed(d);
      if (d.isError()) {
        failed++;
      }
    }
    listener.started(files.size());
    try {
      for (Input input : files) {
        IngestResult result;
        try {
          result = reader.apply(input.path(), input.listing());
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
          IngestDiagnostic problem = readingFailed(input.path().toString(), e);
          diagnostics.add(problem);
          listener.failed(problem);
          listener.crashed(problem, e);
          failed++;
          listener.read(input.path());
          continue;
        }
        listener.read(input.path());
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
            evidence = extractor.apply(d);
          } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            IngestDiagnostic problem = extractionFailed(d.origin(), e);
            diagnostics.add(problem);
            listener.failed(problem);
            listener.crashed(problem, e);
            failed++;
            continue;
          }
          for (IngestDiagnostic warning : evidence.diagnostics()) {
            diagnostics.add(warning);
            listener.failed(warning);
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
    } catch (RuntimeException | Error e) {
      // Nothing a document can be blamed for (a full disk, an error outside the per-document
      // guards): the run is recorded as interrupted with what it stored, then the error goes on.
      try {
        workspace.interruptRun(
            run, new RunCounts(read, stored, duplicates, present, failed), diagnostics);
      } catch (RuntimeException recordFailed) {
        e.addSuppressed(recordFailed);
      }
      throw e;
    }
    RunCounts counts = new RunCounts(read, stored, duplicates, present, failed);
    workspace.finishRun(run, counts, diagnostics);
    return new Summary(
        run, counts, diagnostics, byType, workspace.documentCount(), workspace.evidenceCounts());
  }

  /**
   * Returns the diagnostic for an input whose reading threw: {@code out-of-memory} for an {@link
   * OutOfMemoryError}, {@code reader-failure} otherwise. The message names the error, never its
   * stack trace.
   */
  static IngestDiagnostic readingFailed(String origin, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return IngestDiagnostic.outOfMemory(origin, "reading the input");
    }
    return IngestDiagnostic.error(
        origin,
        "reader-failure",
        "expected the reader to read the input, but it " + what(e),
        "this is a bug in Parley or a library it uses; please report it with the file"
            + " (--verbose shows the stack trace)");
  }

  /**
   * Returns the diagnostic for a document whose extraction threw: {@code out-of-memory} for an
   * {@link OutOfMemoryError}, {@code extraction-failure} otherwise.
   */
  static IngestDiagnostic extractionFailed(String origin, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return IngestDiagnostic.outOfMemory(origin, "extracting the document's evidence");
    }
    return IngestDiagnostic.error(
        origin,
        "extraction-failure",
        "expected the extraction stages to read the document, but they " + what(e),
        "this is a bug in Parley; please report it with the file (--verbose shows the stack"
            + " trace)");
  }

  private static String what(Throwable e) {
    return e instanceof StackOverflowError
        ? "ran out of stack (nesting too deep?)"
        : "failed: " + e;
  }

  /**
   * Adds the inputs to {@code files} with each folder replaced by its files (as {@link
   * DocumentReader#list} finds them: recursively, in path order, hidden files and links out of the
   * folder left out), so that documents are read, extracted and stored one file at a time rather
   * than a whole folder held in memory.
   *
   * @return the diagnostics of the listings: links skipped, folders that could not be listed
   */
  private List<IngestDiagnostic> expand(List<Path> inputs, List<Input> files) {
    List<IngestDiagnostic> diagnostics = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        files.add(new Input(input, null));
        continue;
      }
      FolderListing listing = lister.list(input);
      diagnostics.addAll(listing.diagnostics());
      for (Path file : listing.files()) {
        files.add(new Input(file, listing));
      }
    }
    return diagnostics;
  }

  /** One file (or glob) to read, with the folder listing it came from, if any. */
  private record Input(Path path, @Nullable FolderListing listing) {}

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

    /**
     * Reading an input or extracting a document threw; {@link #failed} has reported it. Called with
     * the error, for a stack trace under {@code --verbose}.
     */
    default void crashed(IngestDiagnostic diagnostic, Throwable cause) {
      crashed(cause);
    }

    /**
     * Reading an input or extracting a document threw this, as {@link #crashed(IngestDiagnostic,
     * Throwable)} says.
     */
    default void crashed(Throwable cause) {}

    /** The workspace warns of something, in a formatted line, before the run starts. */
    default void warned(String warning) {}
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

    /** Returns the diagnostics as the command line prints them, one line each. */
    public List<String> diagnosticLines() {
      return lines(diagnostics);
    }

    /** Returns the first line of each error, as a summary of the run lists them. */
    public List<String> errorHeadlines() {
      return headlines(true);
    }

    /** Returns the first line of each warning, as a summary of the run lists them. */
    public List<String> warningHeadlines() {
      return headlines(false);
    }

    private List<String> headlines(boolean errors) {
      return diagnostics.stream()
          .filter(d -> d.isError() == errors)
          .map(d -> d.format().lines().findFirst().orElse(""))
          .toList();
    }
  }
}
