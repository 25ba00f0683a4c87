package dev.parley.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Workspaces of small dated posts whose predictions the ledger lists, for the ledger's tests. */
final class LedgerFixtures {
  private LedgerFixtures() {}

  /** Writes a WordPress post (dated, with an outlet's address) and returns its file. */
  static Path post(Path dir, String name, String date, String link, String body) throws Exception {
    String json =
        "{\"id\": 1, \"date\": \""
            + date
            + "T08:00:00\", \"link\": \""
            + link
            + "\", \"title\": {\"rendered\": \"Leaders meet in Washington\"},"
            + " \"content\": {\"rendered\": \"<p>"
            + body
            + "</p>\"}}";
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Returns a workspace of two posts: Macron's summit within three weeks (reported twice, from
   * 2025-08-19) and Merz's meeting within two weeks (from 2025-08-20).
   */
  static Path workspace(Path dir) throws Exception {
    Path a =
        post(
            dir,
            "in/a.json",
            "2025-08-19",
            "https://news.example.org/a",
            "Donald Trump met Volodymyr Zelensky at the White House on Monday. French President"
                + " Emmanuel Macron predicted that a trilateral summit will take place within three"
                + " weeks.");
    Path b =
        post(
            dir,
            "in/b.json",
            "2025-08-20",
            "https://other.example.org/b",
            "German Chancellor Friedrich Merz predicted that a bilateral meeting will probably"
                + " happen within two weeks. European leaders flew home on Tuesday.");
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      IngestDocuments.Summary s =
          new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
              .run(w, List.of(a, b), IngestDocuments.Listener.NONE);
      assertThat(s.hasErrors()).isFalse();
    }
    return ws;
  }
}
