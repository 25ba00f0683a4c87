package dev.parley.app.ingest;

import dev.parley.ingest.export.GoldExportWriter;
import dev.parley.ingest.export.PloverWriter;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.store.evidence.EvidenceJson;
import java.io.Writer;

/** The forms {@code parley extract} writes evidence in. */
public enum ExportFormat {
  /** The gold standard's evaluation format (gold/FORMAT.md): one JSON object per document. */
  GOLD("json"),
  /** PLOVER JSON Lines: one event per line. */
  PLOVER("jsonl"),
  /**
   * Parley's evidence with provenance (docs/schema/evidence.schema.json): one object per document.
   */
  JSON("json");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** Returns the file extension of one document's output, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * Writes one document's evidence, each object on its own line.
   *
   * @param docName the name the document goes by, such as the input file's name
   */
  public void write(DocumentEvidence evidence, String docName, Writer out) {
    switch (this) {
      case GOLD -> GoldExportWriter.writeLine(evidence, docName, out);
      case PLOVER -> PloverWriter.write(evidence, null, out);
      case JSON -> EvidenceJson.writeDocument(evidence, docName, out);
    }
  }
}
