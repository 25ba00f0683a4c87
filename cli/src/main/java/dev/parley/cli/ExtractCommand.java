package dev.parley.cli;

import dev.parley.app.Messages;
import dev.parley.app.ingest.ExportFormat;
import dev.parley.app.ingest.ExtractDocuments;
import dev.parley.app.ingest.Extractors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley extract}: evidence to files or standard output, without a workspace. */
@Command(
    name = "extract",
    header = "Extract evidence from documents, as gold, PLOVER or JSON.",
    mixinStandardHelpOptions = true,
    description = {
      "Read documents and write their evidence, without a workspace: gold is the gold standard's",
      "evaluation format (one JSON object per document, doc = the input file's name), plover is",
      "PLOVER JSON Lines (one event per line), json is Parley's evidence with provenance",
      "(docs/schema/evidence.schema.json). Output goes to standard output as JSON Lines, or with",
      "--out to one file per document. Bad inputs are reported on standard error and skipped."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or globs.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description = "gold, plover or json (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Write one file per document into this folder instead of standard output.")
  @Nullable Path outDir;

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
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractors.Loaded extractor = Extractors.load(scenario);
    err.print(extractor.printedDiagnostics());
    err.flush();
    if (extractor.extractor() == null) {
      return ExitCodes.INPUT;
    }
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        return cannotWrite(err, outDir, e);
      }
    }
    Set<String> written = new HashSet<>();
    ExtractDocuments.Result result;
    try (Progress progress = Progress.start(err, "extracting")) {
      result =
          new ExtractDocuments(followLinks, extractor.extractor())
              .run(
                  inputs,
                  evidence -> {
                    String name = ExtractDocuments.docName(evidence);
                    if (outDir == null) {
                      format.write(evidence, name, out);
                    } else {
                      Path file = outDir.resolve(unique(fileName(name), written));
                      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        format.write(evidence, name, w);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }
                    progress.step();
                  });
    } catch (UncheckedIOException e) {
      IOException cause =
          Objects.requireNonNull(e.getCause(), "an UncheckedIOException has a cause");
      return cannotWrite(err, outDir == null ? Path.of("-") : outDir, cause);
    }
    out.flush();
    for (String line : result.diagnosticLines()) {
      err.println(line);
    }
    int errors = result.errorCount();
    int warnings = result.warningCount();
    err.println(
        "parley extract: "
            + IngestCommand.plural(result.extracted(), "document", "documents")
            + " extracted"
            + (result.duplicates().isEmpty()
                ? ""
                : ", "
                    + IngestCommand.plural(result.duplicates().size(), "duplicate", "duplicates")
                    + " skipped")
            + (errors == 0
                ? ""
                : ", " + IngestCommand.plural(errors, "input", "inputs") + " failed")
            + (warnings == 0 ? "" : ", " + IngestCommand.plural(warnings, "warning", "warnings"))
            + (outDir == null ? "" : "; written to " + outDir));
    err.flush();
    return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private String fileName(String docName) {
    String safe = docName.replaceAll("[^A-Za-z0-9._-]", "-");
    return safe + "." + format.extension();
  }

  private static int cannotWrite(PrintWriter err, Path where, IOException e) {
    err.println("parley extract: error: cannot write to " + where + ": " + Messages.reason(e));
    err.println("    hint: choose a folder you may write to with --out");
    err.flush();
    return ExitCodes.INPUT;
  }

  private static String unique(String name, Set<String> written) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    for (int n = 2; !written.add(candidate); n++) {
      candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
    }
    return candidate;
  }
}
