package dev.parley.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the report's HTML as PDF with openhtmltopdf, its SVG charts drawn by Batik and DejaVu
 * Sans embedded, so that the PDF looks the same on any machine.
 */
public final class PdfReport {
  private PdfReport() {}

  /** Writes the page as PDF. */
  public static void write(String html, OutputStream out) {
    // openhtmltopdf logs every step to standard error; a command's stderr is for diagnostics
    XRLog.setLoggingEnabled(false);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          "SansSerif",
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          "sans-serif",
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        PDDocument document = renderer.getPdfDocument();
        // the same page gives the same bytes: no creation date, and a trailer /ID from the
        // page's SHA-256 instead of the clock's
        document.getDocumentInformation().setCreationDate(null);
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the page as PDF. */
  public static byte[] bytes(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(html, out);
    return out.toByteArray();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static InputStream font(String name) {
    InputStream in = PdfReport.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("expected the font " + name + " beside PdfReport");
    }
    return in;
  }
}
