package dev.parley.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option every command takes: the stack trace of an internal error, which the
 * root command's exception handler prints only when the option was given.
 */
final class VerboseOption {
  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;
}
