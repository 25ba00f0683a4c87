package dev.parley.cli;

import dev.parley.store.evidence.EvidenceJson;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.SearchException;
import dev.parley.store.evidence.SearchSyntax;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.UncheckedWorkspaceException;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import dev.parley.store.workspace.WorkspaceWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
      defaultValue = Workspace.DEFAULT_FOLDER,
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
    Set<EvidenceType> kinds = EnumSet.noneOf(EvidenceType.class);
    for (String t : types) {
      EvidenceType type = EvidenceType.parse(t).orElse(null);
      if (type == null) {
        err.println(
            "parley evidence: error: expected a type among "
                + List.of(EvidenceType.values()).stream()
                    .map(EvidenceType::label)
                    .collect(Collectors.joining(", "))
                + ", but found '"
                + t
                + "'");
        err.flush();
        return ExitCodes.INPUT;
      }
      kinds.add(type);
    }
    if (limit <= 0) {
      err.println("parley evidence: error: expected --limit above 0, but found " + limit);
      err.flush();
      return ExitCodes.INPUT;
    }
    if (since != null && until != null && until.isBefore(since)) {
      err.println(
          "parley evidence: error: expected --since on or before --until, but found "
              + since
              + " after "
              + until);
      err.flush();
      return ExitCodes.INPUT;
    }
    if (querySyntax && search == null) {
      err.println(
          "parley evidence: error: expected --search TEXT with --query-syntax, but found none");
      err.flush();
      return ExitCodes.INPUT;
    }
    if (!Workspace.exists(workspace)) {
      err.println(Workspace.missing(workspace).format());
      err.flush();
      return ExitCodes.INPUT;
    }
    EvidenceQuery query =
        new EvidenceQuery(
            actor,
            issue,
            action,
            kinds.isEmpty() ? EvidenceQuery.DEFAULT_TYPES : kinds,
            since,
            until,
            search,
            limit,
            querySyntax ? SearchSyntax.LUCENE : SearchSyntax.LITERAL);
    EvidencePage found;
    try (Workspace ws = Workspace.open(workspace)) {
      for (WorkspaceWarning w : ws.warnings()) {
        err.println(w.format());
      }
      err.flush();
      found = ws.searchPage(query);
    } catch (WorkspaceException e) {
      err.println(e.format());
      err.flush();
      return ExitCodes.INPUT;
    } catch (UncheckedWorkspaceException e) {
      err.println(e.getCause().format());
      err.flush();
      return ExitCodes.INPUT;
    } catch (SearchException e) {
      err.println(e.format("--search"));
      err.flush();
      return ExitCodes.INPUT;
    }
    if (format == OutputFormat.JSON) {
      for (StoredEvidence e : found.items()) {
        EvidenceJson.writeStored(e, out);
      }
      if (found.isCut()) {
        err.println(
            "parley evidence: listed "
                + found.items().size()
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
