package dev.parley.cli;

import dev.parley.app.ingest.Extractors;
import dev.parley.app.ingest.IngestDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: documents into the workspace, with their evidence. */
@Command(
    name = "ingest",
    header = "Read documents into the workspace, idempotently.",
    mixinStandardHelpOptions = true,
    description = {
      "Read documents (text, HTML, WordPress JSON, RSS/Atom, PDF, gzip; files, folders or globs),",
      "extract their evidence and store both in the workspace, which is created on first use.",
      "Documents already in the workspace are skipped, so running again is safe; bad inputs are",
      "reported and the rest of the batch goes on (exit code 2 if any failed)."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or globs.")
  List<Path> inputs;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = IngestDocuments.DEFAULT_FOLDER,
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "A scenario whose actors and issues the extraction recognises.")
  @Nullable Path scenario;

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links in folders and globs that lead out of the folder given (by"
              + " default they are skipped with a warning).")
  boolean followLinks;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractors.Loaded extractor = Extractors.load(scenario);
    err.print(extractor.printedDiagnostics());
    err.flush();
    if (extractor.extractor() == null) {
      return ExitCodes.INPUT;
    }
    IngestDocuments.Ingested ingested;
    List<Throwable> crashes = new ArrayList<>();
    try (Progress progress = Progress.start(err, "ingesting files", -1)) {
      ingested =
          new IngestDocuments(followLinks, extractor.extractor())
              .run(
                  workspace,
                  inputs,
                  new IngestDocuments.Listener() {
                    @Override
                    public void warned(String warning) {
                      err.println(warning);
                    }

                    @Override
                    public void started(int files) {
                      progress.max(files);
                    }

                    @Override
                    public void read(Path file) {
                      progress.step();
                    }

                    @Override
                    public void crashed(Throwable cause) {
                      crashes.add(cause);
                    }
                  });
    }
    IngestDocuments.Summary summary = ingested.summary();
    if (summary == null) {
      err.println(ingested.error());
      err.flush();
      return ExitCodes.INPUT;
    }
    for (String line : summary.diagnosticLines()) {
      err.println(line);
    }
    if (verbose.verbose) {
      for (Throwable t : crashes) {
        t.printStackTrace(err);
      }
    }
    err.flush();
    out.print(EvidenceTable.ingestSummary(summary, workspace.toString()));
    out.flush();
    return summary.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }

  static String plural(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
