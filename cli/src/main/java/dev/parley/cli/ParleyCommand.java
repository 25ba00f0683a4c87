package dev.parley.cli;

import dev.parley.app.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sourced, quantitative analysis and forecasting of multi-party negotiations.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error, or out of memory (details with --verbose)",
      "2:usage or input error",
      "130:stopped by Ctrl-C"
    })
public final class ParleyCommand implements java.util.concurrent.Callable<Integer> {
  /**
   * Quiets libraries that would print on standard error at start-up: SLF4J's notice that no logging
   * back end is installed (Parley logs nothing through it) and Lucene's hint about the incubating
   * vector module (Parley's index has no vectors). Held so the JUL setting stays.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
  }

  /** The width of help pages, in columns. */
  static final int HELP_WIDTH = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Without a command there is nothing to do: prints the help on standard error and returns the
   * usage-error code, so that a script calling {@code parley} with a missing argument fails.
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    err.println();
    err.println("parley: error: no command given");
    err.println("    hint: name one of the commands above, as in 'parley demo'");
    err.flush();
    return ExitCodes.INPUT;
  }

  /**
   * The commands, in the order the help lists them. They are registered by code rather than in the
   * annotation so that a run builds picocli's model of only the command it runs: building it reads
   * every option of every command by reflection, which cost about as much CPU as the rest of a
   * {@code parley --version}.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          DemoCommand.class,
          IngestCommand.class,
          ExtractCommand.class,
          EvidenceCommand.class,
          LedgerCommand.class,
          ClaimsCommand.class,
          ValidateCommand.class,
          DiffCommand.class,
          CheckCommand.class,
          DraftCommand.class,
          AnalyzeCommand.class,
          ForecastCommand.class,
          SimulateCommand.class,
          UncertaintyCommand.class,
          ImportCommand.class,
          EvaluateCommand.class,
          ReportCommand.class,
          ServeCommand.class,
          ManCommand.class,
          CommandLine.HelpCommand.class);

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** Returns the command line with Parley's exit codes and error handling installed. */
  public static CommandLine commandLine() {
    return commandLine(Surroundings.system());
  }

  /**
   * Returns the command line with Parley's exit codes and error handling installed, its long runs
   * timed by the given clock and stopped by the given interrupts; every command is registered.
   */
  public static CommandLine commandLine(Surroundings surroundings) {
    return commandLine(surroundings, null);
  }

  /**
   * Returns the command line for one run: with only the command the arguments name when they start
   * with one (its help and its errors are its own), with none for {@code --version}, and with every
   * command otherwise (the help, {@code help}, {@code man}, {@code completion}, a misspelt
   * command).
   *
   * @param args the arguments of the run, or null to register every command
   */
  static CommandLine commandLine(Surroundings surroundings, String @Nullable [] args) {
    CommandLine cl = new CommandLine(new ParleyCommand());
    int only = -1;
    boolean none = false;
    if (args != null && args.length > 0) {
      String first = args[0];
      only = COMMANDS.stream().map(ParleyCommand::name).toList().indexOf(first);
      if (first.equals("help") || first.equals("man")) {
        // both read the whole tree: the help of any command, a page for every command
        only = -1;
      }
      none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
    }
    if (!none) {
      for (int i = 0; i < COMMANDS.size(); i++) {
        if (only < 0 || i == only) {
          // picocli makes the instance of the class with its factory
          cl.addSubcommand(name(COMMANDS.get(i)), COMMANDS.get(i));
        }
      }
    }
    cl.setExecutionExceptionHandler(ParleyCommand::handle);
    cl.setParameterExceptionHandler(ParleyCommand::usage);
    cl.setExecutionStrategy(ParleyCommand::execute);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // The descriptions are written as lines of up to 96 characters; at picocli's default of 80
    // each of them would wrap, leaving a short line after every long one.
    cl.setUsageHelpWidth(HELP_WIDTH);
    // bash and zsh completion: source <(parley completion); listed in the help
    if (!none && only < 0) {
      CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
      completion.getCommandSpec().usageMessage().hidden(false);
      cl.addSubcommand("completion", completion);
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      switch (sub.getCommand()) {
        case UncertaintyCommand c -> c.surroundings = surroundings;
        case SimulateCommand c -> c.surroundings = surroundings;
        case ForecastCommand c -> c.surroundings = surroundings;
        default -> {}
      }
    }
    return cl;
  }

  /**
   * Runs the command, turning an {@link OutOfMemoryError} anywhere in it into a clean error that
   * names the heap limit and how to raise it (exit code 1, the stack trace only with {@code
   * --verbose}).
   */
  private static int execute(CommandLine.ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (OutOfMemoryError e) {
      CommandLine cl = parsed.commandSpec().commandLine();
      CommandLine.ParseResult last = parsed;
      while (last.subcommand() != null) {
        last = last.subcommand();
      }
      PrintWriter err = cl.getErr();
      err.println(
          last.commandSpec().qualifiedName()
              + ": error: out of memory: the work needs more than the "
              + Memory.describe(Runtime.getRuntime().maxMemory())
              + " of memory Parley may use (the Java heap limit)");
      err.println(
          "    hint: raise the limit, as in PARLEY_HEAP=8g ./parley ... (java -Xmx8g), or ask"
              + " for less work (fewer --trials or --runs, fewer issues or options)");
      if (verbose(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose");
    for (CommandLine.ParseResult sub = parsed.subcommand();
        sub != null && !verbose;
        sub = sub.subcommand()) {
      verbose = sub.hasMatchedOption("--verbose");
    }
    return verbose;
  }

  /**
   * Prints a usage error as one line and a hint, instead of the whole help: the option's own hint,
   * the nearest option when one was misspelled, else where the help is.
   */
  private static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    err.println(name + ": error: " + e.getMessage());
    String hint = "see '" + name + " --help'";
    if (e instanceof Limits.UsageException u) {
      hint = u.hint();
    } else if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = suggestions(u, cl);
      if (!suggestions.isEmpty()) {
        hint = "did you mean " + String.join(" or ", suggestions) + "? " + hint;
      }
    }
    err.println("    hint: " + hint);
    err.flush();
    return ExitCodes.INPUT;
  }

  /**
   * Returns picocli's suggestions for an unmatched argument, or else the option or command nearest
   * to it by edit distance (picocli suggests only names that share a prefix, so "--fromat" would
   * get none).
   */
  private static List<String> suggestions(
      CommandLine.UnmatchedArgumentException e, CommandLine cl) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      return e.getSuggestions();
    }
    String word = unmatched.getFirst();
    if (!e.getSuggestions().isEmpty()) {
      // picocli lists every name that looks alike ("anlyze": analyze, man); keep the nearest
      return Messages.nearest(word, e.getSuggestions()).map(List::of).orElse(e.getSuggestions());
    }
    List<String> names = new ArrayList<>();
    if (word.startsWith("-")) {
      for (CommandLine.Model.OptionSpec option : cl.getCommandSpec().options()) {
        names.addAll(List.of(option.names()));
      }
    } else {
      names.addAll(cl.getSubcommands().keySet());
    }
    return Messages.nearest(word, names).map(List::of).orElse(List.of());
  }

  /** Prints an unexpected failure briefly, with the stack trace only under {@code --verbose}. */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String workspace = Messages.workspaceError(e);
    if (workspace != null) {
      err.println(workspace);
      err.flush();
      return ExitCodes.INPUT;
    }
    err.println("parley: internal error: " + e);
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("    rerun with --verbose for the stack trace");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(Surroundings.system(), args).execute(args));
  }
}
