package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.evidence.EvidenceQuery;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or missing search index is rebuilt from the database when the workspace opens, with a
 * {@code workspace-index-rebuilt} warning, instead of a {@code workspace-unwritable} error (issue
 * 12).
 */
class DamagedIndexTest {
  private static final int DOCUMENTS = 3;

  @TempDir Path dir;

  @Test
  void everyIndexFileOverwrittenOrTruncated_isRebuiltWithAWarning() throws Exception {
    Path pristine = dir.resolve("pristine");
    try (Workspace ws = Workspace.open(pristine)) {
      RunId run = ws.startRun(List.of("fixtures"), "test");
      for (int i = 0; i < DOCUMENTS; i++) {
        ws.store(Fixtures.evidence(i), run);
      }
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(pristine.resolve("index"))) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("write.lock"))
          .sorted()
          .forEach(files::add);
    }
    assertThat(files).anyMatch(n -> n.startsWith("segments_"));
    int cases = 0;
    for (String file : files) {
      for (Damage damage : Damage.values()) {
        Path copy = dir.resolve(file + "-" + damage);
        copyTree(pristine, copy);
        damage.apply(copy.resolve("index").resolve(file));
        try (Workspace ws = Workspace.open(copy)) {
          assertThat(ws.warnings())
              .as("%s %s", damage, file)
              .singleElement()
              .satisfies(
                  w -> {
                    assertThat(w.code()).isEqualTo("workspace-index-rebuilt");
                    assertThat(w.where()).endsWith("index");
                    assertThat(w.format())
                        .contains(": warning: [workspace-index-rebuilt] expected a readable")
                        .contains("rebuilt from the database (" + DOCUMENTS + " documents)");
                  });
          assertThat(ws.repairedOnOpen()).isEqualTo(DOCUMENTS);
          assertThat(
                  ws.find(EvidenceQuery.all().withSearch("prisoners")).stream()
                      .map(e -> e.citation().document())
                      .distinct())
              .as("every document is searchable again")
              .hasSize(DOCUMENTS);
        }
        try (Workspace ws = Workspace.open(copy)) {
          assertThat(ws.warnings()).as("the rebuilt index is sound").isEmpty();
        }
        cases++;
      }
    }
    assertThat(cases).isEqualTo(files.size() * Damage.values().length);
  }

  @Test
  void aMissingIndex_isRebuiltWithAWarning_butANewWorkspaceGetsNone() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.warnings()).isEmpty();
      ws.store(Fixtures.evidence(1), ws.startRun(List.of(), "test"));
    }
    deleteTree(dir.resolve("index"));
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.warnings())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.code()).isEqualTo("workspace-index-rebuilt");
                assertThat(w.message()).contains("found none").contains("(1 documents)");
              });
    }
  }

  /** Ways to damage a file. */
  private enum Damage {
    OVERWRITE_MIDDLE {
      @Override
      void apply(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          long length = f.length();
          byte[] junk = new byte[(int) Math.min(64, Math.max(1, length / 4))];
          Arrays.fill(junk, (byte) 0x5a);
          f.seek(length / 2);
          f.write(junk);
        }
      }
    },
    TRUNCATE {
      @Override
      void apply(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          f.setLength(f.length() / 3);
        }
      }
    };

    abstract void apply(Path file) throws IOException;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
