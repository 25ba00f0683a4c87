package dev.parley.ingest.source.pdf;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with every content stream, operator and glyph counted against the
 * document's {@link PdfLimits}.
 */
final class BoundedTextStripper extends PDFTextStripper {
  private final PdfLimits limits;

  BoundedTextStripper(PdfLimits limits) {
    this.limits = limits;
    setLineSeparator("\n");
    setParagraphEnd("\n\n");
  }

  @Override
  public void processPage(PDPage pdPage) throws IOException {
    limits.startPage();
    for (Iterator<PDStream> it = pdPage.getContentStreams(); it.hasNext(); ) {
      limits.parse(it.next().getCOSObject(), getCurrentPageNo());
    }
    super.processPage(pdPage);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    limits.parse(form.getCOSObject(), getCurrentPageNo());
    super.showForm(form);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    limits.operator(getCurrentPageNo());
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    limits.glyph(getCurrentPageNo());
    super.processTextPosition(text);
  }
}
