package dev.parley.ingest.source.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes PDFs built to cost a reader time or memory, small enough to generate at test time: many
 * pages, a page of many operators, a page of one enormous string, a content stream that inflates
 * far past its size, and a form drawn on every page.
 */
public final class HostilePdfs {
  private static final String PROSE =
      "The harbour council agreed on Tuesday to add two evening ferry crossings from June.";

  private HostilePdfs() {}

  /** A PDF of {@code pages} pages, each with one sentence, whose page tree claims {@code count}. */
  public static byte[] pages(int pages, int count) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        if (i == 0) {
          try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, PROSE);
          }
        }
      }
      doc.getPages().getCOSObject().setInt(COSName.COUNT, count);
      return save(doc);
    }
  }

  /** A PDF of one page whose (compressed) content stream shows one word {@code operators} times. */
  public static byte[] operators(int operators) throws IOException {
    StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 700 Td\n");
    for (int i = 0; i < operators; i++) {
      content.append("(a) Tj\n");
    }
    content.append("ET\n");
    return onePage(content.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** A PDF of one page that shows one string of {@code chars} characters with one operator. */
  public static byte[] longString(int chars) throws IOException {
    String prose = PROSE + " ";
    StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 700 Td (");
    for (int i = 0; i < chars; i++) {
      content.append(prose.charAt(i % prose.length()));
    }
    content.append(") Tj ET\n");
    return onePage(content.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A PDF of one page whose content stream is {@code bytes} of spaces around a sentence, compressed
   * to a small fraction of that.
   */
  public static byte[] inflating(int bytes) throws IOException {
    byte[] content = new byte[bytes];
    java.util.Arrays.fill(content, (byte) ' ');
    byte[] show =
        ("BT /F1 12 Tf 72 700 Td (" + PROSE + ") Tj ET").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(show, 0, content, 0, show.length);
    return onePage(content);
  }

  /**
   * A PDF of {@code pages} pages, each drawing the same form, whose content is {@code formBytes} of
   * spaces and one sentence.
   */
  public static byte[] formOnEveryPage(int pages, int formBytes) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      byte[] content = new byte[formBytes];
      java.util.Arrays.fill(content, (byte) ' ');
      byte[] show =
          ("BT /F1 12 Tf 0 0 Td (" + PROSE + ") Tj ET").getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(show, 0, content, 0, show.length);
      PDFormXObject form =
          new PDFormXObject(
              new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
      form.setBBox(new PDRectangle(0, 0, 500, 50));
      PDResources formResources = new PDResources();
      formResources.put(COSName.getPDFName("F1"), helvetica());
      form.setResources(formResources);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("X1"), form);
        page.setResources(resources);
        page.setContents(
            new PDStream(
                doc,
                new ByteArrayInputStream(
                    "q 1 0 0 1 72 700 cm /X1 Do Q".getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE));
        doc.addPage(page);
      }
      return save(doc);
    }
  }

  private static byte[] onePage(byte[] content) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), helvetica());
      page.setResources(resources);
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
      doc.addPage(page);
      return save(doc);
    }
  }

  private static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  private static void text(PDPageContentStream cs, String line) throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), 12);
    cs.newLineAtOffset(72, 700);
    cs.showText(line);
    cs.endText();
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
