package dev.parley.ingest.source;

import dev.parley.core.evidence.DocumentId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.source.feed.FeedReader;
import dev.parley.ingest.source.html.HtmlReader;
import dev.parley.ingest.source.pdf.PdfReader;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import dev.parley.ingest.source.text.ScrapedTextReader;
import dev.parley.ingest.source.wordpress.WordPressReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents from a file, a folder (recursively) or a glob such as {@code corpus/**}{@code
 * /*.html}: plain text, HTML, WordPress REST JSON, RSS and Atom feeds, PDF, and gzip-compressed
 * copies of these, each detected from its content.
 *
 * <p>A bad input never stops a batch: it is skipped with a diagnostic that names the file and the
 * reason, and reading goes on with the next one. Documents whose normalised body equals one read
 * before are left out and listed as duplicates. Instances are immutable and thread-safe.
 */
public final class DocumentReader {
  private final ReadOptions options;
  private final Map<InputKind, FormatReader> readers;

  /** Creates a reader with the {@linkplain ReadOptions#defaults() default limits}. */
  public DocumentReader() {
    this(ReadOptions.defaults());
  }

  /** Creates a reader with the given limits. */
  public DocumentReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.readers =
        Map.of(
            InputKind.TEXT, new ScrapedTextReader(),
            InputKind.HTML, new HtmlReader(),
            InputKind.JSON, new WordPressReader(),
            InputKind.FEED, new FeedReader(),
            InputKind.PDF, new PdfReader());
  }

  /**
   * Reads every document a path names: a file, every file under a folder (hidden files skipped, in
   * path order), or every file a glob matches.
   */
  public IngestResult read(Path pathOrGlobOrFolder) {
    Batch batch = new Batch();
    String text = pathOrGlobOrFolder.toString();
    if (isGlob(text)) {
      readGlob(text, batch);
    } else if (Files.isDirectory(pathOrGlobOrFolder)) {
      readFolder(pathOrGlobOrFolder, batch);
    } else {
      readFile(pathOrGlobOrFolder, batch);
    }
    return batch.result();
  }

  /** Reads every document in several paths, as {@link #read(Path)} does for each, in order. */
  public IngestResult read(List<Path> paths) {
    Batch batch = new Batch();
    for (Path p : paths) {
      IngestResult one = read(p);
      for (Document d : one.documents()) {
        batch.add(d);
      }
      batch.diagnostics.addAll(one.diagnostics());
      batch.duplicates.addAll(one.duplicates());
    }
    return batch.result();
  }

  /**
   * Reads the documents in bytes that did not come from a file, such as an upload.
   *
   * @param origin where the bytes came from; documents and diagnostics carry it
   * @param name a file name to help detection, or null
   */
  public IngestResult read(String origin, byte[] bytes, @Nullable String name) {
    Batch batch = new Batch();
    readBytes(origin, bytes, name, batch, 0);
    return batch.result();
  }

  private void readGlob(String glob, Batch batch) {
    String[] parts = glob.replace('\\', '/').split("/", -1);
    int firstGlob = 0;
    while (firstGlob < parts.length && !isGlob(parts[firstGlob])) {
      firstGlob++;
    }
    String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, firstGlob));
    String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, firstGlob, parts.length));
    Path root = base.isEmpty() ? Path.of(glob.startsWith("/") ? "/" : ".") : Path.of(base);
    if (!Files.isDirectory(root)) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              glob,
              "missing-input",
              "expected the folder " + root + " of the pattern to exist, but it does not",
              "check the path; patterns use glob syntax such as corpus/**/*.html"));
      return;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> matched = new ArrayList<>();
    for (Path file : listFiles(root, glob, batch)) {
      if (matcher.matches(root.relativize(file))) {
        matched.add(file);
      }
    }
    if (matched.isEmpty() && batch.diagnostics.isEmpty()) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              glob,
              "no-match",
              "expected the pattern to match at least one file, but it matched none",
              "check the pattern; ** matches any number of folders"));
    }
    for (Path file : matched) {
      readFile(file, batch);
    }
  }

  private void readFolder(Path folder, Batch batch) {
    for (Path file : listFiles(folder, folder.toString(), batch)) {
      readFile(file, batch);
    }
  }

  private List<Path> listFiles(Path root, String given, Batch batch) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, options.maxDepth())) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              given,
              "unreadable-input",
              "expected a readable folder but listing it failed: " + e.getMessage(),
              "check the folder's permissions"));
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, Batch batch) {
    String origin = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        batch.diagnostics.add(tooLarge(origin, size));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "missing-input",
              "expected a file or folder at this path, but there is none",
              "check the path"));
      return;
    } catch (AccessDeniedException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "unreadable-input",
              "expected a readable file but access was denied",
              "check the file's permissions"));
      return;
    } catch (IOException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "unreadable-input",
              "expected a readable file but reading failed: " + e.getMessage(),
              "check that the path is a regular file"));
      return;
    }
    Path name = file.getFileName();
    readBytes(origin, bytes, name == null ? null : name.toString(), batch, 0);
  }

  private void readBytes(
      String origin, byte[] bytes, @Nullable String name, Batch batch, int depth) {
    if (bytes.length > options.maxBytes()) {
      batch.diagnostics.add(tooLarge(origin, bytes.length));
      return;
    }
    InputKind kind = FormatDetector.detect(bytes, name);
    switch (kind) {
      case EMPTY ->
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "empty-input",
                  "expected a document but found "
                      + (bytes.length == 0 ? "an empty file" : "only whitespace"),
                  "remove the file or save the article into it"));
      case BINARY ->
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "binary-input",
                  "expected text, HTML, JSON, a feed, a PDF or gzip, but found binary data",
                  "Parley reads articles; convert images or archives first"));
      case GZIP -> {
        if (depth > 0) {
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "nested-gzip",
                  "expected one layer of gzip but found gzip inside gzip",
                  "decompress the file once and read the result"));
          return;
        }
        byte[] inflated = gunzip(origin, bytes, batch);
        if (inflated != null) {
          String inner =
              name != null && name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
          readBytes(origin, inflated, inner, batch, depth + 1);
        }
      }
      case TEXT, HTML, JSON, FEED, PDF -> {
        FormatReader reader =
            Objects.requireNonNull(readers.get(kind), () -> "expected a reader for " + kind);
        try {
          ReadResult result = reader.read(new RawInput(origin, bytes, name));
          for (Document d : result.documents()) {
            batch.add(d);
          }
          for (InputProblem p : result.problems()) {
            batch.diagnostics.add(IngestDiagnostic.error(origin, p));
          }
        } catch (InputException e) {
          batch.diagnostics.add(IngestDiagnostic.error(origin, e.problem()));
        } catch (RuntimeException e) {
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "reader-failure",
                  "expected the "
                      + kind.name().toLowerCase(java.util.Locale.ROOT)
                      + " reader to read the file, but it failed: "
                      + e,
                  "this is a bug in Parley or a library it uses; please report it with the file"));
        }
      }
    }
  }

  private byte @Nullable [] gunzip(String origin, byte[] bytes, Batch batch) {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > options.maxBytes()) {
          batch.diagnostics.add(tooLarge(origin, total));
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "truncated-input",
              "expected a complete gzip stream but it ends early",
              "the download may have been cut off; fetch the file again"));
    } catch (ZipException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "malformed-gzip",
              "expected a valid gzip stream but found: " + e.getMessage(),
              "the file may be damaged; fetch it again"));
    } catch (IOException e) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "unreadable-input",
              "expected a readable gzip stream but reading failed: " + e.getMessage(),
              "the file may be damaged; fetch it again"));
    }
    return null;
  }

  private IngestDiagnostic tooLarge(String origin, long size) {
    return IngestDiagnostic.error(
        origin,
        "too-large",
        "expected at most " + options.maxBytes() + " bytes but found " + size,
        "raise the limit with ReadOptions.withMaxBytes, or split the file");
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  /** The documents, diagnostics and duplicates of one call, with the ids seen so far. */
  private static final class Batch {
    final List<Document> documents = new ArrayList<>();
    final List<IngestDiagnostic> diagnostics = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();
    final Map<DocumentId, String> seen = new LinkedHashMap<>();

    void add(Document d) {
      String first = seen.putIfAbsent(d.id(), d.origin());
      if (first == null) {
        documents.add(d);
      } else {
        duplicates.add(new Duplicate(d.origin(), d.id(), first));
      }
    }

    IngestResult result() {
      return new IngestResult(documents, diagnostics, duplicates);
    }
  }
}
