package dev.parley.app;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.app.ledger.WorkspaceLedger;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.Quote;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import dev.parley.store.workspace.Workspace;
import dev.parley.store.workspace.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's evidence step found: the bundled sample documents ingested into a temporary
 * workspace, with a few quotes, demands and rejections to show.
 *
 * @param files the sample files, by name
 * @param summary what the ingestion run did
 * @param quotes attributed quotes, in document order
 * @param demands demands reported as having happened (events and positions)
 * @param rejections rejections reported as having happened (events and positions)
 * @param ledger the workspace's ledger: the experts' predictions in dated documents, with the date
 *     each resolves on (docs/ledger.md)
 * @param undated the predictions of undated documents, which have no date to count a horizon from
 *     and so no ledger entry, in document order
 * @param predictions every prediction as a ledger entry, merged: those of dated documents as in
 *     {@code ledger}, those of undated ones taken as made on {@code assumedMadeOn}, so that their
 *     horizons have a date; empty when no date is assumed
 * @param assumedMadeOn the date assumed for the predictions of undated documents (the scenario's
 *     {@code as_of}: an assumption, shown as one), or null
 * @param assumed the ids of the entries of {@code predictions} whose date is assumed
 */
public record DemoEvidence(
    List<String> files,
    IngestDocuments.Summary summary,
    List<StoredEvidence> quotes,
    List<StoredEvidence> demands,
    List<StoredEvidence> rejections,
    WorkspaceLedger.Result ledger,
    List<StoredEvidence> undated,
    List<LedgerEntry> predictions,
    @Nullable LocalDate assumedMadeOn,
    Set<String> assumed) {
  /** Copies the fields. */
  public DemoEvidence {
    files = List.copyOf(files);
    quotes = List.copyOf(quotes);
    demands = List.copyOf(demands);
    rejections = List.copyOf(rejections);
    undated = List.copyOf(undated);
    predictions = List.copyOf(predictions);
    assumed = Set.copyOf(assumed);
  }

  /**
   * Returns how many items of each kind the run stored, by the kind's label ({@code quote}, {@code
   * event}, {@code position}, ...), for readers that do not depend on the store.
   */
  public Map<String, Integer> storedByKind() {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (EvidenceType t : EvidenceType.values()) {
      out.put(t.label(), summary.stored().getOrDefault(t, 0));
    }
    return out;
  }

  /** Returns how many documents the run stored. */
  public int documentsStored() {
    return summary.counts().stored();
  }

  /** Returns the first demand found, as its sentence and document, or null when none was. */
  public @Nullable Example firstDemand() {
    return Example.of(demands);
  }

  /** Returns the first rejection found, as its sentence and document, or null when none was. */
  public @Nullable Example firstRejection() {
    return Example.of(rejections);
  }

  /**
   * One item of evidence as a brief shows it.
   *
   * @param sentence the sentence it was found in
   * @param document the id of its document
   */
  public record Example(String sentence, String document) {
    private static @Nullable Example of(List<StoredEvidence> items) {
      if (items.isEmpty()) {
        return null;
      }
      StoredEvidence first = items.getFirst();
      return new Example(first.sentence().strip(), first.citation().document().toString());
    }
  }

  /**
   * Copies the bundled documents of a classpath folder to a temporary folder, ingests them into a
   * temporary workspace with the given extractor, reads back what it shows, and deletes both
   * folders.
   */
  static DemoEvidence gather(String resourceFolder, EvidenceExtractor extractor) {
    return gather(resourceFolder, extractor, null);
  }

  /**
   * As {@link #gather(String, EvidenceExtractor)}, the predictions of undated documents taken as
   * made on {@code assumedMadeOn} (when not null) for {@link #predictions()}.
   */
  static DemoEvidence gather(
      String resourceFolder, EvidenceExtractor extractor, @Nullable LocalDate assumedMadeOn) {
    Path temp;
    try {
      temp = Files.createTempDirectory("parley-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path documents = temp.resolve("documents");
      List<String> files = copy(resourceFolder, documents);
      try (Workspace ws = Workspace.open(temp.resolve("workspace"))) {
        IngestDocuments.Summary summary =
            new IngestDocuments(extractor)
                .run(ws, List.of(documents), IngestDocuments.Listener.NONE);
        List<StoredEvidence> quotes =
            ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.QUOTE))).stream()
                .filter(e -> e.item() instanceof Quote q && q.speaker() != null && !q.scareQuote())
                .toList();
        List<StoredEvidence> undated =
            ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.PREDICTION))).stream()
                .filter(e -> e.citation().published() == null)
                .toList();
        WorkspaceLedger.Result ledger = WorkspaceLedger.build(ws, null);
        List<LedgerEntry> predictions = new ArrayList<>();
        Set<String> assumed = new TreeSet<>();
        if (assumedMadeOn != null) {
          for (LedgerEntry entry : WorkspaceLedger.build(ws, null, assumedMadeOn).entries()) {
            predictions.add(entry);
            if (entry.madeOnBasis() == DateBasis.ASSUMED) {
              assumed.add(entry.id().value());
            }
          }
        }
        return new DemoEvidence(
            files,
            summary,
            quotes,
            factual(ws, "demand"),
            factual(ws, "reject"),
            ledger,
            undated,
            predictions,
            assumedMadeOn,
            assumed);
      } catch (WorkspaceException e) {
        throw new IllegalStateException(
            "expected a temporary workspace for the demo, but: " + e.format(), e);
      }
    } finally {
      deleteTree(temp);
    }
  }

  private static List<StoredEvidence> factual(Workspace ws, String action) {
    return ws
        .find(
            EvidenceQuery.all()
                .withAction(action)
                .withTypes(Set.of(EvidenceType.EVENT, EvidenceType.POSITION)))
        .stream()
        .filter(e -> !(e.item() instanceof EventMention m) || m.isFactual())
        .sorted(Comparator.comparingInt(DemoEvidence::informative).reversed())
        .toList();
  }

  /**
   * Returns how much an item says, to show the telling ones first (the sort is stable, so document
   * order breaks ties): a named counterpart and a specific issue each count one.
   */
  private static int informative(StoredEvidence e) {
    if (e.item() instanceof EventMention m) {
      boolean specific = m.issue() != null && !m.issue().value().equals("other");
      return (m.targets().isEmpty() ? 0 : 1) + (specific ? 1 : 0);
    }
    return 1;
  }

  private static List<String> copy(String resourceFolder, Path target) {
    URL url = DemoEvidence.class.getClassLoader().getResource(resourceFolder);
    if (url == null) {
      throw new IllegalStateException(
          "expected the resource folder " + resourceFolder + " in the jar, but it is missing");
    }
    try {
      Files.createDirectories(target);
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        boolean opened = false;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          opened = true;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          return copyFiles(fs.getPath("/" + resourceFolder), target);
        } finally {
          if (opened) {
            fs.close();
          }
        }
      }
      return copyFiles(Path.of(uri), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("expected a resource URI, but found " + url, e);
    }
  }

  private static List<String> copyFiles(Path source, Path target) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
        String name = file.getFileName().toString().replace("/", "");
        try (InputStream in = Files.newInputStream(file)) {
          Files.copy(in, target.resolve(name));
        }
        names.add(name);
      }
    }
    return names;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
