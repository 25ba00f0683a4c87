package dev.parley.ingest.source.pdf;

import dev.parley.ingest.source.raw.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The bounds one PDF is read within: pages, decoded stream bytes, content-stream operators and
 * characters drawn. Each check that fails throws {@link PdfLimitException} with a {@code too-large}
 * problem that says which limit and where. One instance serves one document; it is not thread-safe.
 */
final class PdfLimits {
  /*
   * PDFBox 3 decodes a stream (content, form, font, CMap) wholly into heap memory before it is
   * parsed, whatever stream cache the document was loaded with, so a small compressed stream can
   * expand to gigabytes. Before any text is extracted, every non-image stream is therefore decoded
   * once here into a bounded buffer: a stream that decodes past the per-stream limit, or streams
   * that together decode past the document's budget, stop the document. The decoded sizes are kept
   * so that the text stripper can charge each content stream it parses (a form drawn on every page
   * is parsed once per page) against the same budget. (The stream cache PDFBox keeps raw and
   * decrypted stream data in holds no more than the input's own bytes, so it needs no bound.)
   *
   * Text extraction holds one object per glyph for a whole page before it writes the page, so the
   * glyphs of one page are bounded as well as the characters of the document.
   */

  /** The most glyphs one page may draw: about fifty dense pages of text. */
  static final int MAX_GLYPHS_PER_PAGE = 250_000;

  private static final Set<String> IMAGE_FILTERS =
      Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF");

  private final int maxPages;
  private final long maxOperators;
  private final int maxChars;
  private final long maxStreamBytes;
  private final long maxDecodedBytes;
  private final IdentityHashMap<COSStream, Long> decodedSizes = new IdentityHashMap<>();

  private long decoded;
  private long parsed;
  private long operators;
  private long chars;
  private int pageGlyphs;

  PdfLimits(int maxPages, long maxOperators, int maxChars, long maxStreamBytes) {
    this.maxPages = maxPages;
    this.maxOperators = maxOperators;
    this.maxChars = maxChars;
    this.maxStreamBytes = maxStreamBytes;
    this.maxDecodedBytes = 10 * maxStreamBytes;
  }

  /**
   * Checks the page count the document claims and the one its page tree holds, walking the tree no
   * further than one page past the limit.
   */
  void checkPages(COSDictionary catalog) {
    COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
    if (root == null) {
      return;
    }
    int claimed = root.getInt(COSName.COUNT, 0);
    if (claimed > maxPages) {
      throw tooManyPages(grouped(claimed));
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> todo = new ArrayDeque<>();
    todo.push(root);
    long nodes = 0;
    int pages = 0;
    while (!todo.isEmpty()) {
      COSDictionary node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (++nodes > 4L * maxPages + 64) {
        throw tooManyPages("more than " + maxPages);
      }
      COSArray kids = node.getCOSArray(COSName.KIDS);
      boolean isTreeNode = COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || kids != null;
      if (!isTreeNode) {
        if (++pages > maxPages) {
          throw tooManyPages("more than " + maxPages);
        }
        continue;
      }
      if (kids == null) {
        continue;
      }
      for (int i = kids.size() - 1; i >= 0; i--) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          todo.push(kid);
        }
      }
    }
  }

  private PdfLimitException tooManyPages(String found) {
    return new PdfLimitException(
        tooLarge(
            "expected a PDF of at most " + grouped(maxPages) + " pages but found " + found,
            "split the PDF, or extract the pages you need into a new file"));
  }

  /**
   * Decodes every stream of the document that text extraction may read (all but images) into a
   * bounded buffer, and records its decoded size.
   */
  void checkStreams(COSDocument document) {
    List<COSObjectKey> keys = new ArrayList<>();
    for (Map.Entry<COSObjectKey, Long> e : document.getXrefTable().entrySet()) {
      Long offset = e.getValue();
      if (offset != null && offset > 0) {
        keys.add(e.getKey());
      }
    }
    keys.sort(null);
    for (COSObjectKey key : keys) {
      COSBase base;
      try {
        base = document.getObjectFromPool(key).getObject();
      } catch (RuntimeException e) {
        // An object that does not parse is PDFBox's to report if text extraction needs it.
        continue;
      }
      if (base instanceof COSStream stream) {
        checkStream(stream, key);
      }
    }
  }

  private void checkStream(COSStream stream, COSObjectKey key) {
    if (decodedSizes.containsKey(stream)
        || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      return;
    }
    List<COSName> names = filterNames(stream.getFilters());
    for (COSName n : names) {
      if (IMAGE_FILTERS.contains(n.getName())) {
        return;
      }
    }
    long size;
    try {
      size = decodedSize(stream, names);
    } catch (PdfLimitException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A stream that does not decode is PDFBox's to report if text extraction needs it.
      return;
    }
    decodedSizes.put(stream, size);
    decoded += size;
    if (decoded > maxDecodedBytes) {
      throw new PdfLimitException(
          tooLarge(
              "expected the PDF's streams to decode to at most "
                  + grouped(maxDecodedBytes)
                  + " bytes in all but they decode to more (past object "
                  + key.getNumber()
                  + ")",
              "the PDF may be built to exhaust memory; if it is genuine, print it to a new PDF"));
    }
  }

  private long decodedSize(COSStream stream, List<COSName> names) throws IOException {
    byte[] data;
    try (InputStream raw = stream.createRawInputStream()) {
      if (names.isEmpty()) {
        return count(raw, stream);
      }
      data = null;
      for (int i = 0; i < names.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
        BoundedOutput out = new BoundedOutput(maxStreamBytes);
        InputStream in = data == null ? raw : new ByteArrayInputStream(data);
        try {
          filter.decode(in, out, stream, i);
        } catch (BoundExceeded e) {
          throw streamTooLarge(stream);
        }
        data = out.toByteArray();
      }
    }
    return data == null ? 0 : data.length;
  }

  private long count(InputStream in, COSStream stream) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxStreamBytes) {
        throw streamTooLarge(stream);
      }
    }
    return total;
  }

  private PdfLimitException streamTooLarge(COSStream stream) {
    COSName type = stream.getCOSName(COSName.TYPE);
    return new PdfLimitException(
        tooLarge(
            "expected each stream of the PDF to decode to at most "
                + grouped(maxStreamBytes)
                + " bytes but "
                + (type == null ? "one" : "a /" + type.getName() + " stream")
                + " decodes to more",
            "the PDF may be built to exhaust memory; if it is genuine, print it to a new PDF"));
  }

  private static List<COSName> filterNames(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Charges a content stream about to be parsed against the document's budget of decoded bytes. */
  void parse(COSStream stream, int page) {
    Long size = decodedSizes.get(stream);
    parsed += size != null ? size : Math.max(0, stream.getLength());
    if (parsed > maxDecodedBytes) {
      throw new PdfLimitException(
          tooLarge(
              "expected the PDF's content streams to hold at most "
                  + grouped(maxDecodedBytes)
                  + " bytes in all but page "
                  + page
                  + " goes past it (a large form drawn on many pages?)",
              "split the PDF, or print it to a new PDF"));
    }
  }

  /** Counts one content-stream operator. */
  void operator(int page) {
    if (++operators > maxOperators) {
      throw new PdfLimitException(
          tooLarge(
              "expected at most "
                  + grouped(maxOperators)
                  + " content-stream operators in the PDF but page "
                  + page
                  + " goes past it",
              "split the PDF, or extract the pages you need into a new file"));
    }
  }

  /** Starts counting the glyphs of a new page. */
  void startPage() {
    pageGlyphs = 0;
  }

  /** Counts one glyph drawn. */
  void glyph(int page) {
    if (++pageGlyphs > MAX_GLYPHS_PER_PAGE) {
      throw new PdfLimitException(
          tooLarge(
              "expected at most "
                  + grouped(MAX_GLYPHS_PER_PAGE)
                  + " characters on one page of the PDF but page "
                  + page
                  + " draws more",
              "the page may be built to exhaust memory; if it is genuine, print it to a new PDF"));
    }
    if (++chars > maxChars) {
      throw new PdfLimitException(
          tooLarge(
              "expected at most "
                  + grouped(maxChars)
                  + " characters of text in the PDF but page "
                  + page
                  + " goes past it",
              "split the PDF, or extract the pages you need into a new file"));
    }
  }

  private static InputProblem tooLarge(String message, String hint) {
    return InputProblem.of("too-large", message, hint);
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** An output stream that refuses to hold more than a limit. */
  private static final class BoundedOutput extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;

    BoundedOutput(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (bytes.size() + 1L > limit) {
        throw new BoundExceeded();
      }
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (bytes.size() + (long) len > limit) {
        throw new BoundExceeded();
      }
      bytes.write(b, off, len);
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  /** Thrown inside a filter when its output passes the limit. */
  private static final class BoundExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    BoundExceeded() {
      super("decoded stream exceeds its limit", null);
    }
  }
}
