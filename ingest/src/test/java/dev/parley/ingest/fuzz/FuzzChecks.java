package dev.parley.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.source.DocumentReader;
import dev.parley.ingest.source.IngestDiagnostic;
import dev.parley.ingest.source.IngestResult;
import dev.parley.ingest.source.ReadOptions;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Files;
import java.util.Set;

/**
 * What every reader harness asserts: a reader returns documents or throws {@link InputException}
 * with a documented code, nothing else; and a whole read through {@link DocumentReader} reports no
 * code that stands for a bug ({@code reader-failure}, {@code out-of-memory}).
 */
final class FuzzChecks {
  /** Codes that mean Parley, not the input, is at fault. */
  private static final Set<String> BUGS =
      Set.of("reader-failure", "extraction-failure", "out-of-memory");

  /** Small limits, so that the fuzzer spends its time on many inputs rather than on one. */
  static final ReadOptions OPTIONS =
      ReadOptions.defaults().withMaxBytes(1 << 20).withMaxChars(200_000).withPdfLimits(50, 100_000);

  private FuzzChecks() {}

  /** Reads the bytes with one format reader and checks the outcome. */
  static void readWith(FormatReader reader, byte[] bytes, String name) {
    ReadResult result;
    try {
      result = reader.read(new RawInput("fuzz", bytes, name));
    } catch (InputException e) {
      assertDocumented(e.problem());
      return;
    }
    for (InputProblem p : result.problems()) {
      assertDocumented(p);
    }
    for (Document d : result.documents()) {
      assertThat(d.text()).isNotBlank();
    }
  }

  /** Reads the bytes as a file would be read, format detection included, and checks the outcome. */
  static void readAsAFile(byte[] bytes, String name) {
    IngestResult result = new DocumentReader(OPTIONS).read("fuzz", bytes, name);
    for (IngestDiagnostic d : result.diagnostics()) {
      assertThat(BUGS).as(d.format()).doesNotContain(d.code());
      assertThat(Files.exists(ProjectFiles.resolve("docs/errors/" + d.code() + ".md")))
          .as(d.format())
          .isTrue();
    }
  }

  private static void assertDocumented(InputProblem problem) {
    assertThat(BUGS).as(problem.message()).doesNotContain(problem.code());
    assertThat(Files.exists(ProjectFiles.resolve("docs/errors/" + problem.code() + ".md")))
        .as("[%s] %s", problem.code(), problem.message())
        .isTrue();
  }
}
