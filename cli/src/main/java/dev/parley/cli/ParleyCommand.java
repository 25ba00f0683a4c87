package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sourced, quantitative analysis and forecasting of multi-party negotiations.",
    subcommands = {CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ParleyCommand()).execute(args));
  }
}
