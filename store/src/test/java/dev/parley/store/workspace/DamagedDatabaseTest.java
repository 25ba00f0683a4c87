package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace database with a damaged page gives a located {@code workspace-corrupt} diagnostic
 * that says what was kept, whether the damage is found on open, on a read or on a store; never an
 * internal error (issue 12).
 */
class DamagedDatabaseTest {
  private static final int DOCUMENTS = 12;
  private static final int PLACES = 16;

  @TempDir Path dir;

  @Test
  void aPageOverwrittenAnywhereInTheFile_givesALocatedDiagnosticOrIsNotRead() throws Exception {
    Path pristine = dir.resolve("pristine");
    try (Workspace ws = Workspace.open(pristine)) {
      RunId run = ws.startRun(List.of("fixtures"), "test");
      for (int i = 0; i < DOCUMENTS; i++) {
        ws.store(Fixtures.evidence(i), run);
      }
      ws.finishRun(run, new RunCounts(DOCUMENTS, DOCUMENTS, 0, 0, 0), List.of());
    }
    long size = Files.size(pristine.resolve("workspace.mv.db"));
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    for (int place = 1; place < PLACES; place++) {
      long offset = size * place / PLACES;
      Path copy = dir.resolve("damaged-" + place);
      copyTree(pristine, copy);
      overwrite(copy.resolve("workspace.mv.db"), offset);
      String outcome = exercise(copy, "at byte " + offset);
      outcomes.merge(outcome, 1, Integer::sum);
    }
    assertThat(outcomes.keySet())
        .as("outcomes of %s damaged copies: %s", PLACES - 1, outcomes)
        .allMatch(o -> o.equals("read") || o.startsWith("workspace-corrupt"));
    assertThat(outcomes.keySet())
        .as("the damage was found somewhere: %s", outcomes)
        .anyMatch(o -> o.startsWith("workspace-corrupt"));
  }

  /**
   * Opens the workspace and reads and writes everything, returning "read" when nothing failed, or
   * the code and the operation of the first diagnostic.
   */
  private static String exercise(Path folder, String what) {
    try (Workspace ws = Workspace.open(folder)) {
      try {
        ws.documentCount();
        ws.evidenceCounts();
        ws.runs();
        for (DocumentId id : ws.documentIds()) {
          ws.document(id);
          ws.actors(id);
        }
        ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.values())).withLimit(100_000));
        ws.find(EvidenceQuery.all().withSearch("prisoners"));
        RunId run = ws.startRun(List.of("more"), "test");
        ws.store(Fixtures.evidence(DOCUMENTS + 1), run);
        ws.finishRun(run, new RunCounts(1, 1, 0, 0, 0), List.of());
        return "read";
      } catch (UncheckedWorkspaceException e) {
        return checked(e.getCause(), what) + " in use";
      }
    } catch (WorkspaceException e) {
      return checked(e, what) + " on open";
    }
  }

  private static String checked(WorkspaceException e, String what) {
    assertThat(e.code()).as(what + ": " + e.format()).isEqualTo("workspace-corrupt");
    assertThat(e.where()).as(what).endsWith("workspace.mv.db");
    assertThat(e.format())
        .as(what)
        .contains(": error: [workspace-corrupt] expected")
        .containsAnyOf("nothing was changed", "was not stored", "are kept")
        .doesNotContain("SQL statement")
        .contains("see docs/errors/workspace-corrupt.md");
    return e.code();
  }

  private static void overwrite(Path file, long offset) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] junk = new byte[4096];
      Arrays.fill(junk, (byte) 0xab);
      f.seek(offset);
      f.write(junk, 0, (int) Math.min(junk.length, f.length() - offset));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
