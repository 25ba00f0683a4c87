package dev.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley man}: the manual pages, written to a folder. */
@Command(
    name = "man",
    header = "Write the manual pages (roff, section 1), one per command, to a folder.",
    mixinStandardHelpOptions = true,
    description = {
      "Write parley.1, parley-ledger.1, parley-ledger-resolve.1 and the others, made from the",
      "same model as --help, so they never disagree with it. Read one with 'man -l",
      "DIR/parley-analyze.1', or put DIR on MANPATH under man1. The build writes them to",
      "cli/target/man."
    })
final class ManCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = "man",
      description = "The folder to write them to, created when absent (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> written;
    try {
      written = ManPages.write(spec.root().commandLine(), dir);
    } catch (IOException e) {
      err.println("parley man: error: cannot write the pages to " + dir + ": " + e.getMessage());
      err.println("    hint: give --dir a folder you may write to");
      err.flush();
      return ExitCodes.INPUT;
    }
    out.println(written.size() + " manual pages written to " + dir);
    out.flush();
    return ExitCodes.OK;
  }
}
