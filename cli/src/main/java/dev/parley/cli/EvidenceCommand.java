package dev.parley.cli;

import dev.parley.app.FindEvidence;
import dev.parley.app.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley evidence}: the workspace's evidence, filtered, each with its citation. */
@Command(
    name = "evidence",
    header = "List and filter the evidence in the workspace, with citations.",
    mixinStandardHelpOptions = true,
    description = {
      "List the evidence in the workspace, each item with the sentence it comes from and its",
      "citation (outlet, title, date, document id and character span). Filters combine; by",
      "default every type but actor mentions is listed. --search lists the sentences that hold",
      "all its words, best match first; its words are taken as they are (AND, quotes and",
      "brackets included) unless --query-syntax reads it as a Lucene query",
      "(\"security guarantees\" AND (putin OR kremlin))."
    })
final class EvidenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = FindEvidence.DEFAULT_FOLDER,
      description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(names = "--actor", paramLabel = "A", description = "An actor id or name, any role.")
  @Nullable String actor;

  @Option(names = "--issue", paramLabel = "I", description = "An issue, such as territory.")
  @Nullable String issue;

  @Option(
      names = "--action",
      paramLabel = "X",
      description = "An action: demand, reject, propose, accept, threaten, meet, predict, ...")
  @Nullable String action;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description = "quote, event, position, prediction, number or mention (repeatable).")
  List<String> types = List.of();

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Published on or after (ISO).")
  @Nullable LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Published on or before (ISO).")
  @Nullable LocalDate until;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Full-text search in sentences: every word must match.")
  @Nullable String search;

  @Option(
      names = "--query-syntax",
      description =
          "Read --search as a Lucene query: AND, OR, NOT, \"phrases\", (groups), wildcards"
              + " (*, ?) and fuzzy terms (~).")
  boolean querySyntax;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "List at most N items (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String t : types) {
      if (!FindEvidence.isType(t)) {
        throw new Limits.UsageException(
            spec.commandLine(),
            "expected a type among "
                + String.join(", ", FindEvidence.typeLabels())
                + ", but found '"
                + t
                + "'",
            Messages.nearest(t, FindEvidence.typeLabels())
                .map(n -> "did you mean '" + n + "'?")
                .orElse("leave --type out for the default types"));
      }
    }
    if (limit <= 0) {
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --limit above 0, but found " + limit,
          "ask for 1 item or more");
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --since on or before --until, but found " + since + " after " + until,
          "swap the two dates");
    }
    if (querySyntax && search == null) {
      throw new Limits.UsageException(
          spec.commandLine(),
          "expected --search TEXT with --query-syntax, but found none",
          "--query-syntax says how to read the --search text; give one");
    }
    FindEvidence.Listing found =
        FindEvidence.list(
            workspace,
            new FindEvidence.Query(
                actor, issue, action, types, since, until, search, querySyntax, limit),
            "--search");
    for (String message : found.messages()) {
      err.println(message);
    }
    err.flush();
    if (found.page() == null) {
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      out.print(found.json());
      if (found.isCut()) {
        err.println(
            "parley evidence: listed "
                + found.count()
                + " of "
                + found.total()
                + " items (--limit "
                + limit
                + ")");
        err.flush();
      }
    } else {
      out.print(EvidenceTable.render(found, limit));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
