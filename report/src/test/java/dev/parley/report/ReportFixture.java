package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.MakeReport;
import dev.parley.testkit.ProjectFiles;
import java.nio.file.Path;

/** The bundled example's report, made once per test JVM with small, fixed trial counts. */
final class ReportFixture {
  static final Path EXAMPLE = ProjectFiles.resolve("examples/ukraine-2025/scenario.yaml");

  /** Small enough for a test, large enough that every section has numbers. */
  static final MakeReport.Options OPTIONS = new MakeReport.Options(60, 20, 20, 1, 2);

  private static MakeReport.@org.jspecify.annotations.Nullable Report example;
  private static @org.jspecify.annotations.Nullable String html;

  private ReportFixture() {}

  static synchronized MakeReport.Report example() {
    if (example == null) {
      example = make(EXAMPLE, OPTIONS);
    }
    return example;
  }

  static synchronized String html() {
    if (html == null) {
      html = HtmlReport.render(example(), "test");
    }
    return html;
  }

  static MakeReport.Report make(Path file, MakeReport.Options options) {
    MakeReport.Result result = new MakeReport().run(file, options);
    assertThat(result.report()).as(result.printedDiagnostics()).isNotNull();
    return result.report();
  }
}
