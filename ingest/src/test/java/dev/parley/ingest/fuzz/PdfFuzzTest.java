package dev.parley.ingest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.ingest.source.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;

/**
 * Any bytes read as a PDF give an article or a documented diagnostic ({@code malformed-pdf}, {@code
 * encrypted-pdf}, {@code too-large}, {@code no-article}), never an exception, a hang or an
 * exhausted heap. The second harness is structure-aware: it wraps a content stream and a form built
 * from fuzzed operators in a well-formed PDF, so that the fuzzer spends its time in the text
 * extraction rather than in the file's header. Runs its inputs as a regression test; {@code
 * JAZZER_FUZZ=1} fuzzes one harness per run (docs/ingest.md, Fuzzing).
 */
class PdfFuzzTest {
  private static final PdfReader READER = new PdfReader(50, 100_000, 200_000, 1 << 20);

  private static final String[] OPERATORS = {
    "BT", "ET", "Tf", "Td", "TD", "Tm", "T*", "Tj", "TJ", "'", "\"", "Tc", "Tw", "Tz", "TL", "Ts",
    "Tr", "q", "Q", "cm", "Do", "re", "m", "l", "c", "h", "f", "S", "n", "W", "gs", "BDC", "BMC",
    "EMC", "MP", "DP", "d0", "d1", "sh", "g", "rg", "CS", "cs", "sc", "scn", "BX", "EX"
  };

  @FuzzTest(maxDuration = "60s", maxExecutions = 3000)
  void read_anyBytesAsPdf_givesAnArticleOrADocumentedDiagnostic(byte[] bytes) {
    FuzzChecks.readWith(READER, bytes, "report.pdf");
    FuzzChecks.readAsAFile(bytes, "report.pdf");
  }

  @FuzzTest(maxDuration = "60s", maxExecutions = 3000)
  void read_wellFormedPdfOfFuzzedContent_givesAnArticleOrADocumentedDiagnostic(
      FuzzedDataProvider data) {
    boolean compress = data.consumeBoolean();
    byte[] form = operators(data, data.consumeInt(0, 40));
    byte[] page = operators(data, data.consumeInt(0, 200));
    byte[] pdf = pdf(page, form, compress);
    FuzzChecks.readWith(READER, pdf, "report.pdf");
  }

  /** Returns a content stream of fuzzed operators with fuzzed operands, or fuzzed raw bytes. */
  private static byte[] operators(FuzzedDataProvider data, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
      int operands = data.consumeInt(0, 6);
      for (int k = 0; k < operands; k++) {
        switch (data.consumeInt(0, 6)) {
          case 0 -> s.append(data.consumeInt(-1000, 1000));
          case 1 -> s.append(data.consumeFloat());
          case 2 -> s.append('(').append(escape(data.consumeString(40))).append(')');
          case 3 -> s.append('<').append(hex(data.consumeBytes(20))).append('>');
          case 4 -> s.append(data.pickValue(new String[] {"/F1", "/X1", "/GS0", "/Span", "/Nope"}));
          case 5 ->
              s.append("[(")
                  .append(escape(data.consumeString(20)))
                  .append(") ")
                  .append(data.consumeInt(-500, 500))
                  .append(" (")
                  .append(escape(data.consumeString(20)))
                  .append(")]");
          default -> s.append(escape(data.consumeString(8)));
        }
        s.append(' ');
      }
      s.append(data.pickValue(OPERATORS)).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format(java.util.Locale.ROOT, "%02x", b & 0xFF));
    }
    return s.toString();
  }

  /** Returns a one-page PDF whose page draws the content and may draw the form as /X1. */
  static byte[] pdf(byte[] page, byte[] form, boolean compress) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] offsets = new int[7];
    write(out, "%PDF-1.4\n");
    offsets[1] = out.size();
    write(out, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    offsets[2] = out.size();
    write(out, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
    offsets[3] = out.size();
    write(
        out,
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1"
            + " 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >> endobj\n");
    offsets[4] = out.size();
    write(out, "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
    offsets[5] = out.size();
    stream(out, 5, "", page, compress);
    offsets[6] = out.size();
    stream(
        out,
        6,
        "/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F1 4 0 R >>"
            + " /XObject << /X1 6 0 R >> >> ",
        form,
        compress);
    int xref = out.size();
    write(out, "xref\n0 7\n0000000000 65535 f \n");
    for (int i = 1; i < 7; i++) {
      write(out, String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offsets[i]));
    }
    write(out, "trailer << /Size 7 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void stream(
      ByteArrayOutputStream out, int number, String dictionary, byte[] content, boolean compress) {
    byte[] data = compress ? deflate(content) : content;
    write(
        out,
        number
            + " 0 obj << "
            + dictionary
            + (compress ? "/Filter /FlateDecode " : "")
            + "/Length "
            + data.length
            + " >> stream\n");
    out.writeBytes(data);
    write(out, "\nendstream endobj\n");
  }

  private static byte[] deflate(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
