package dev.parley.ingest.source;

import dev.parley.ingest.document.Document;
import java.util.List;

/**
 * What a {@link DocumentReader} read: the distinct documents in input order, a diagnostic for every
 * input or entry it skipped, and the duplicates it left out.
 */
public record IngestResult(
    List<Document> documents, List<IngestDiagnostic> diagnostics, List<Duplicate> duplicates) {
  /** Validates and copies the fields. */
  public IngestResult {
    documents = List.copyOf(documents);
    diagnostics = List.copyOf(diagnostics);
    duplicates = List.copyOf(duplicates);
  }

  /** Returns whether any input was skipped because of an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(IngestDiagnostic::isError);
  }
}
