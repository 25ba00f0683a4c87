package dev.parley.app;

import dev.parley.core.evidence.DocumentId;
import dev.parley.ingest.document.Document;
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
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's evidence for a long-lived reader such as {@code parley serve}: the query {@code
 * parley evidence} runs, written as the same JSON lines, and a stored document's text. The
 * workspace is opened on the first call and kept open until {@link #close()}; calls are serialised
 * (a workspace is for one thread).
 */
public final class FindEvidence implements AutoCloseable {
  /** The workspace folder a command uses when none is given. */
  public static final String DEFAULT_FOLDER = Workspace.DEFAULT_FOLDER;

  private final Path folder;
  private @Nullable Workspace workspace;

  /** A reader of the workspace in {@code folder}; nothing is opened yet. */
  public FindEvidence(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /**
   * What to find, as {@code parley evidence}'s options.
   *
   * @param types type labels (quote, event, ...); empty for the default types
   * @param search full-text words, or null
   * @param querySyntax whether {@code search} is in Lucene's query syntax
   * @param limit at most this many items, above 0
   */
  public record Query(
      @Nullable String actor,
      @Nullable String issue,
      @Nullable String action,
      List<String> types,
      @Nullable LocalDate since,
      @Nullable LocalDate until,
      @Nullable String search,
      boolean querySyntax,
      int limit) {
    /** Copies the types. */
    public Query {
      types = List.copyOf(types);
    }
  }

  /**
   * What a query found.
   *
   * @param json the items as {@code parley evidence --format json} prints them, one per line; null
   *     when {@code errors} is not empty
   * @param count how many items {@code json} holds
   * @param total how many items matched before the limit
   * @param warnings the workspace's warnings, as formatted lines
   * @param errors the problems that stopped the query, as formatted lines with a {@code [code]}
   */
  public record Found(
      @Nullable String json, int count, long total, List<String> warnings, List<String> errors) {
    /** Copies the lists. */
    public Found {
      warnings = List.copyOf(warnings);
      errors = List.copyOf(errors);
    }
  }

  /**
   * A stored document as a reader sees it.
   *
   * @param text the document's text; evidence spans are offsets in it
   */
  public record DocumentText(
      String id,
      String origin,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable LocalDate published,
      @Nullable String url,
      String text) {}

  /** Runs a query. */
  public synchronized Found find(Query query) {
    List<String> errors = new ArrayList<>();
    for (String t : query.types()) {
      if (!isType(t)) {
        errors.add(
            Messages.error(
                "type",
                "bad-parameter",
                "expected a type among "
                    + String.join(", ", typeLabels())
                    + ", but found '"
                    + t
                    + "'",
                Messages.nearest(t, typeLabels())
                    .map(n -> "did you mean '" + n + "'?")
                    .orElse("choose one of the types listed")));
      }
    }
    if (query.limit() <= 0) {
      errors.add(
          Messages.error(
              "limit",
              "bad-parameter",
              "expected a limit above 0, but found " + query.limit(),
              "ask for 1 item or more"));
    }
    if (!errors.isEmpty()) {
      return new Found(null, 0, 0, List.of(), errors);
    }
    EvidenceQuery q = storeQuery(query);
    List<String> warnings = new ArrayList<>();
    Workspace ws = open(warnings, errors);
    if (ws == null) {
      return new Found(null, 0, 0, warnings, errors);
    }
    EvidencePage page;
    try {
      page = ws.searchPage(q);
    } catch (SearchException e) {
      errors.add(e.format("search"));
      return new Found(null, 0, 0, warnings, errors);
    } catch (UncheckedWorkspaceException e) {
      errors.add(e.getCause().format());
      closeQuietly();
      return new Found(null, 0, 0, warnings, errors);
    }
    return new Found(json(page), page.items().size(), page.total(), warnings, errors);
  }

  /** Returns the labels of the types of evidence, in their order: quote, event, .... */
  public static List<String> typeLabels() {
    return List.of(EvidenceType.values()).stream().map(EvidenceType::label).toList();
  }

  /** Returns whether a label names a type of evidence. */
  public static boolean isType(String label) {
    return EvidenceType.parse(label).isPresent();
  }

  /**
   * What {@code parley evidence} lists: the page of items a query found, or the errors that stopped
   * it.
   *
   * @param page the items found; null when the workspace could not be read or the search text is
   *     not a query
   * @param messages the workspace's warnings and the errors that stopped the query, as formatted
   *     lines in the order they arose
   */
  public record Listing(@Nullable EvidencePage page, List<String> messages) {
    /** Copies the messages. */
    public Listing {
      messages = List.copyOf(messages);
    }

    /** Returns the items as {@code parley evidence --format json} prints them, one per line. */
    public String json() {
      return FindEvidence.json(listed());
    }

    /** Returns how many items were found and listed. */
    public int count() {
      return listed().items().size();
    }

    /** Returns how many items matched before the limit. */
    public long total() {
      return listed().total();
    }

    /** Returns whether the limit left matching items out. */
    public boolean isCut() {
      return listed().isCut();
    }

    /**
     * Returns the items found.
     *
     * @throws NullPointerException if the query had errors
     */
    public EvidencePage listed() {
      return Objects.requireNonNull(page, "a listing with errors has no items");
    }
  }

  /**
   * Runs a query once, as {@code parley evidence} does: opens the workspace, searches it and closes
   * it.
   *
   * @param query a query whose types are labels for which {@link #isType} holds and whose limit is
   *     above 0
   * @param searchOption the name a search error gives the search text, such as {@code --search}
   */
  public static Listing list(Path folder, Query query, String searchOption) {
    EvidenceQuery q = storeQuery(query);
    List<String> messages = new ArrayList<>();
    Optional<EvidencePage> page =
        WorkspaceReads.read(
            folder,
            messages,
            ws -> {
              try {
                return Optional.of(ws.searchPage(q));
              } catch (SearchException e) {
                messages.add(e.format(searchOption));
                return Optional.empty();
              }
            });
    return new Listing(page == null ? null : page.orElse(null), messages);
  }

  private static String json(EvidencePage page) {
    StringWriter out = new StringWriter();
    for (StoredEvidence e : page.items()) {
      EvidenceJson.writeStored(e, out);
    }
    return out.toString();
  }

  private static EvidenceQuery storeQuery(Query query) {
    Set<EvidenceType> kinds = EnumSet.noneOf(EvidenceType.class);
    for (String t : query.types()) {
      EvidenceType.parse(t).ifPresent(kinds::add);
    }
    return new EvidenceQuery(
        query.actor(),
        query.issue(),
        query.action(),
        kinds.isEmpty() ? EvidenceQuery.DEFAULT_TYPES : kinds,
        query.since(),
        query.until(),
        query.search(),
        query.limit(),
        query.querySyntax() ? SearchSyntax.LUCENE : SearchSyntax.LITERAL);
  }

  /**
   * Returns a stored document, or null when the workspace has none with that id; {@code errors}
   * gets the lines of a workspace that cannot be read.
   */
  public synchronized @Nullable DocumentText document(String id, List<String> errors) {
    if (id.isBlank()) {
      return null;
    }
    Workspace ws = open(new ArrayList<>(), errors);
    if (ws == null) {
      return null;
    }
    Document d;
    try {
      d = ws.document(new DocumentId(id)).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    } catch (UncheckedWorkspaceException e) {
      errors.add(e.getCause().format());
      closeQuietly();
      return null;
    }
    if (d == null) {
      return null;
    }
    return new DocumentText(
        d.id().value(),
        d.origin(),
        d.metadata().title(),
        d.metadata().outlet(),
        d.metadata().published(),
        d.metadata().url(),
        d.text());
  }

  private @Nullable Workspace open(List<String> warnings, List<String> errors) {
    if (workspace != null) {
      return workspace;
    }
    if (!Workspace.exists(folder)) {
      errors.add(Workspace.missing(folder).format());
      return null;
    }
    try {
      Workspace ws = Workspace.open(folder);
      ws.warnings().forEach(w -> warnings.add(w.format()));
      workspace = ws;
      return ws;
    } catch (WorkspaceException e) {
      errors.add(e.format());
      return null;
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RuntimeException e) {
      // the workspace is reopened on the next call
    }
  }

  /** Closes the workspace if it is open; a later call opens it again. */
  @Override
  public synchronized void close() {
    Workspace ws = workspace;
    workspace = null;
    if (ws != null) {
      try {
        ws.close();
      } catch (WorkspaceException e) {
        throw new UncheckedWorkspaceException(e);
      }
    }
  }
}
