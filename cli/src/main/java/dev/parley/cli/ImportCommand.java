package dev.parley.cli;

import dev.parley.app.ImportScenario;
import dev.parley.app.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley import}: a GENIUS or GeniusWeb negotiation to a Parley scenario. */
@Command(
    name = "import",
    header = "Convert a GENIUS or GeniusWeb negotiation into a scenario.",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a GENIUS XML or GeniusWeb JSON domain and its profiles into a Parley scenario.",
      "The profiles become the parties, in the order given."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOMAIN", description = "The domain file.")
  Path domain;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "PROFILE",
      description = "One profile file per party.")
  List<Path> profiles;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  @Nullable Path out;

  @Option(
      names = "--to",
      defaultValue = "yaml",
      description = "yaml or json (default: ${DEFAULT-VALUE}).")
  ImportScenario.Format format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImportScenario.Result result = ImportScenario.run(domain, profiles, format);
    err.print(result.printedDiagnostics());
    err.flush();
    String text = result.text();
    if (text == null) {
      return ExitCodes.INPUT;
    }
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("parley import: error: cannot write " + out + ": " + Messages.reason(e));
        err.println("    hint: check that the folder exists and that you may write to it");
        err.flush();
        return ExitCodes.INPUT;
      }
      err.println("wrote " + out);
    }
    return ExitCodes.OK;
  }
}
