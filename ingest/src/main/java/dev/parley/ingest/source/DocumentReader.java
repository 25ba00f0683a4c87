package dev.parley.ingest.source;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.validate.Severity;
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
import dev.parley.io.diagnostic.ReadFailures;
import dev.parley.io.file.InputFileException;
import dev.parley.io.file.InputFiles;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>Only regular files are read, through {@link InputFiles}: a device, FIFO or socket is refused
 * with {@code not-a-file} (checked again on the opened file, so a swap between listing and reading
 * is caught), and no more than {@link ReadOptions#maxBytes()} are read whatever size the file
 * claims. A folder walk or a glob does not follow a symbolic link whose target lies outside the
 * folder given (it is skipped with a {@code link-outside} warning) unless {@link
 * ReadOptions#followLinks()} is set; link cycles are walked once. Each document is bounded after
 * decoding ({@link ReadOptions#maxChars()}, and the PDF limits), and a reader that runs out of
 * memory or stack on one input is reported for that input while the batch goes on.
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
            InputKind.PDF,
                new PdfReader(
                    options.maxPdfPages(),
                    options.maxPdfOperators(),
                    options.maxChars(),
                    options.maxBytes()));
  }

  /**
   * Reads every document a path names: a file, every file under a folder (hidden files skipped, in
   * path order), or every file a glob matches.
   */
  public IngestResult read(Path pathOrGlobOrFolder) {
    Batch batch = new Batch();
    String text = pathOrGlobOrFolder.toString();
    if (isGlob(text) && !Files.exists(pathOrGlobOrFolder, LinkOption.NOFOLLOW_LINKS)) {
      readGlob(text, batch);
    } else if (Files.isDirectory(pathOrGlobOrFolder)) {
      readFolder(pathOrGlobOrFolder, batch);
    } else {
      readFile(pathOrGlobOrFolder, batch);
    }
    return batch.result();
  }

  /**
   * Reads one file that a {@linkplain #list(Path) listing} found, after checking that it has not
   * become a link out of the listed folder in the meantime.
   */
  public IngestResult read(Path file, FolderListing from) {
    Batch batch = new Batch();
    IngestDiagnostic moved = from.recheck(file);
    if (moved != null) {
      batch.diagnostics.add(moved);
    } else {
      readFile(file, batch);
    }
    return batch.result();
  }

  /**
   * Lists the files a folder holds, as {@link #read(Path)} reads them: recursively, in path order,
   * hidden files and folders left out, links out of the folder skipped with a warning unless the
   * options follow them. Anything that is not a regular file (a FIFO, a device) is left out.
   */
  public FolderListing list(Path folder) {
    return listFiles(folder, folder.toString());
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
    FolderListing listing = listFiles(root, glob);
    for (IngestDiagnostic d : listing.diagnostics()) {
      if (d.isError() || matcher.matches(root.relativize(Path.of(d.file())))) {
        batch.diagnostics.add(d);
      }
    }
    for (Path file : listing.files()) {
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
      readListed(file, listing, batch);
    }
  }

  private void readFolder(Path folder, Batch batch) {
    FolderListing listing = listFiles(folder, folder.toString());
    batch.diagnostics.addAll(listing.diagnostics());
    for (Path file : listing.files()) {
      readListed(file, listing, batch);
    }
  }

  private void readListed(Path file, FolderListing listing, Batch batch) {
    IngestDiagnostic moved = listing.recheck(file);
    if (moved != null) {
      batch.diagnostics.add(moved);
    } else {
      readFile(file, batch);
    }
  }

  private FolderListing listFiles(Path root, String given) {
    List<Path> files = new ArrayList<>();
    List<IngestDiagnostic> diagnostics = new ArrayList<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      diagnostics.add(unlistable(given, e));
      return new FolderListing(root, root, options.followLinks(), files, diagnostics);
    }
    boolean follow = options.followLinks();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          options.maxDepth(),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              if (isHidden(root.relativize(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return isOutside(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile() || isHidden(root.relativize(file)) || isOutside(file)) {
                return FileVisitResult.CONTINUE;
              }
              files.add(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException || isHidden(root.relativize(file))) {
                return FileVisitResult.CONTINUE;
              }
              diagnostics.add(unlistable(file.toString(), e));
              return FileVisitResult.CONTINUE;
            }

            // Whether a link leads out of the folder; reported when it does.
            private boolean isOutside(Path path) {
              if (follow || !Files.isSymbolicLink(path)) {
                return false;
              }
              Path target;
              try {
                target = path.toRealPath();
              } catch (IOException e) {
                return true;
              }
              if (target.startsWith(realRoot)) {
                return false;
              }
              diagnostics.add(FolderListing.linkOutside(path, target, root));
              return true;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      diagnostics.add(unlistable(given, e));
    }
    files.sort(null);
    return new FolderListing(root, realRoot, follow, files, diagnostics);
  }

  private static IngestDiagnostic unlistable(String where, Exception e) {
    return IngestDiagnostic.error(
        where,
        "unreadable-input",
        "expected a readable folder but listing it failed: "
            + (e instanceof IOException io ? ReadFailures.message(io) : e.getMessage()),
        "check the folder's permissions");
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
    if (Files.notExists(file)) {
      batch.diagnostics.add(
          IngestDiagnostic.error(
              origin,
              "missing-input",
              "expected a file or folder at this path, but there is none",
              "check the path"));
      return;
    }
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, options.maxBytes(), "a document");
    } catch (InputFileException e) {
      batch.diagnostics.add(fileProblem(origin, e));
      return;
    }
    Path name = file.getFileName();
    readBytes(origin, bytes, name == null ? null : name.toString(), batch, 0);
  }

  /**
   * Returns the diagnostic for a file that could not be read. The codes of {@link InputFiles} are
   * kept, except that a file over the limit is {@code too-large} and an unreadable one {@code
   * unreadable-input}, the codes ingestion has always used for them.
   */
  private IngestDiagnostic fileProblem(String origin, InputFileException e) {
    String message = e.getMessage() == null ? e.code() : e.getMessage();
    return switch (e.code()) {
      case "file-too-large" -> tooLarge(origin, e.size());
      case "file-unreadable" ->
          IngestDiagnostic.error(origin, "unreadable-input", message, e.hint());
      default -> IngestDiagnostic.error(origin, e.code(), message, e.hint());
    };
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
        String format = kind.name().toLowerCase(Locale.ROOT);
        try {
          ReadResult result = reader.read(new RawInput(origin, bytes, name));
          for (Document d : result.documents()) {
            if (d.text().length() > options.maxChars()) {
              batch.diagnostics.add(textTooLong(origin, d));
            } else {
              batch.add(d);
            }
          }
          for (InputProblem p : result.problems()) {
            batch.diagnostics.add(IngestDiagnostic.error(origin, p));
          }
        } catch (InputException e) {
          batch.diagnostics.add(IngestDiagnostic.error(origin, e.problem()));
        } catch (OutOfMemoryError e) {
          batch.diagnostics.add(IngestDiagnostic.outOfMemory(origin, "the " + format + " reader"));
        } catch (StackOverflowError e) {
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "reader-failure",
                  "expected the "
                      + format
                      + " reader to read the file, but it ran out of stack (nesting too deep?)",
                  "the file may be built to crash readers; if it is genuine, please report it"));
        } catch (RuntimeException e) {
          batch.diagnostics.add(
              IngestDiagnostic.error(
                  origin,
                  "reader-failure",
                  "expected the " + format + " reader to read the file, but it failed: " + e,
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
        "expected at most " + grouped(options.maxBytes()) + " bytes but found " + grouped(size),
        "split the file; the limit keeps one enormous input from exhausting memory");
  }

  private IngestDiagnostic textTooLong(String origin, Document d) {
    String entry =
        d.origin().length() > origin.length() + 1 && d.origin().startsWith(origin + "#")
            ? d.origin().substring(origin.length() + 1)
            : "";
    return new IngestDiagnostic(
        Severity.ERROR,
        origin,
        0,
        0,
        entry,
        "too-large",
        "expected a document of at most "
            + grouped(options.maxChars())
            + " characters of text but found "
            + grouped(d.text().length())
            + "; it was not processed",
        "split the document; the limit keeps one enormous text from stalling the batch");
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
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
