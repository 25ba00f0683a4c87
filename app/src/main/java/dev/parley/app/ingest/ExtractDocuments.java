package dev.parley.app.ingest;

import dev.parley.core.evidence.DocumentId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.Duplicate;
import dev.parley.ingest.source.FolderListing;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The use case behind {@code parley extract}: read documents and extract their evidence, without a
 * workspace, handing each document's evidence to a sink in input order.
 *
 * <p>An input that cannot be read, or a document whose extraction fails (out of memory and out of
 * stack included), becomes a diagnostic and the batch goes on. Duplicates (the same content read
 * twice) are extracted once.
 */
public final class ExtractDocuments {
  private final DocumentReader reader;
  private final EvidenceExtractor extractor;

  /** Creates the use case with the standard reader and the given extractor. */
  public ExtractDocuments(EvidenceExtractor extractor) {
    this(ReadOptions.defaults(), extractor);
  }

  /**
   * Creates the use case with the standard reader, following symbolic links in folders or not, and
   * the given extractor.
   */
  public ExtractDocuments(boolean followLinks, EvidenceExtractor extractor) {
    this(ReadOptions.defaults().withFollowLinks(followLinks), extractor);
  }

  /** Creates the use case with a reader of the given limits and the given extractor. */
  public ExtractDocuments(ReadOptions options, EvidenceExtractor extractor) {
    this.reader = new DocumentReader(options);
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Reads and extracts every input, handing each document's evidence to the sink, one input at a
   * time (a folder file by file, as {@link DocumentReader#list} finds its files).
   */
  public Result run(List<Path> inputs, Consumer<DocumentEvidence> sink) {
    List<IngestDiagnostic> diagnostics = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    Map<DocumentId, String> seen = new HashMap<>();
    int extracted = 0;
    for (Path input : inputs) {
      List<Path> files = List.of(input);
      FolderListing listing = null;
      if (Files.isDirectory(input)) {
        listing = reader.list(input);
        diagnostics.addAll(listing.diagnostics());
        files = listing.files();
      }
      for (Path file : files) {
        IngestResult read;
        try {
          read = listing == null ? reader.read(file) : reader.read(file, listing);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
          diagnostics.add(IngestDocuments.readingFailed(file.toString(), e));
          continue;
        }
        diagnostics.addAll(read.diagnostics());
        duplicates.addAll(read.duplicates());
        for (Document d : read.documents()) {
          String first = seen.putIfAbsent(d.id(), d.origin());
          if (first != null) {
            duplicates.add(new Duplicate(d.origin(), d.id(), first));
            continue;
          }
          DocumentEvidence evidence;
          try {
            evidence = extractor.extract(d);
          } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
            diagnostics.add(IngestDocuments.extractionFailed(d.origin(), e));
            continue;
          }
          diagnostics.addAll(evidence.diagnostics());
          sink.accept(evidence);
          extracted++;
        }
      }
    }
    return new Result(extracted, diagnostics, duplicates);
  }

  /**
   * Returns the name a document goes by in exports: the base name of the file it was read from,
   * with the entry of a feed or post list kept ({@code feed.xml#2}).
   */
  public static String docName(Document document) {
    String origin = document.origin().replace('\\', '/');
    int slash = origin.lastIndexOf('/');
    return slash < 0 ? origin : origin.substring(slash + 1);
  }

  /** Returns the name the document of some evidence goes by in exports, as {@link #docName}. */
  public static String docName(DocumentEvidence evidence) {
    return docName(evidence.document());
  }

  /**
   * What a run did.
   *
   * @param extracted the documents whose evidence went to the sink
   * @param diagnostics a diagnostic for every input or document that failed
   * @param duplicates documents left out because an earlier one had the same content
   */
  public record Result(
      int extracted, List<IngestDiagnostic> diagnostics, List<Duplicate> duplicates) {
    /** Copies the fields. */
    public Result {
      diagnostics = List.copyOf(diagnostics);
      duplicates = List.copyOf(duplicates);
    }

    /** Returns whether any input or document failed. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(IngestDiagnostic::isError);
    }

    /** Returns how many inputs or documents failed. */
    public int errorCount() {
      return (int) diagnostics.stream().filter(IngestDiagnostic::isError).count();
    }

    /** Returns how many diagnostics are warnings. */
    public int warningCount() {
      return diagnostics.size() - errorCount();
    }

    /** Returns the diagnostics as the command line prints them, one line each. */
    public List<String> diagnosticLines() {
      return IngestDocuments.lines(diagnostics);
    }
  }
}
