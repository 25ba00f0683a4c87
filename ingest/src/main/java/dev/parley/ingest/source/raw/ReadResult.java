package dev.parley.ingest.source.raw;

import dev.parley.ingest.document.Document;
import java.util.List;

/**
 * What a format reader made of one input: the documents it read, and the entries it had to skip.
 */
public record ReadResult(List<Document> documents, List<InputProblem> problems) {
  /** Validates and copies the fields. */
  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Returns a result of one document. */
  public static ReadResult of(Document document) {
    return new ReadResult(List.of(document), List.of());
  }
}
