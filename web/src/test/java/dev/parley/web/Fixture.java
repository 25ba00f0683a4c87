package dev.parley.web;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;
import java.util.List;

/** The example's scenario and a workspace of its documents. */
final class Fixture {
  private Fixture() {}

  static Path ukraine() {
    return ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml");
  }

  static Path softened() {
    return ProjectFiles.resolve("examples/ukraine-2025/scenario-softened.yaml");
  }

  /** Ingests the example's documents (or the given files) into a new workspace in {@code dir}. */
  static Path workspace(Path dir, List<Path> inputs) throws Exception {
    Path ws = dir.resolve("workspace");
    try (Workspace w = Workspace.open(ws)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(w, inputs, IngestDocuments.Listener.NONE);
    }
    return ws;
  }

  static Path exampleWorkspace(Path dir) throws Exception {
    return workspace(dir, List.of(ProjectFiles.resolve("examples/ukraine-2025/documents")));
  }

  static WebServer start(Path workspace, List<Path> scenarios) throws Exception {
    return WebServer.start(
        new WebServer.Settings("127.0.0.1", 0, null, workspace, scenarios, "test"));
  }
}
