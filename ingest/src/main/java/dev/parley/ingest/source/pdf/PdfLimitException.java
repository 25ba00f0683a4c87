package dev.parley.ingest.source.pdf;

import dev.parley.ingest.source.raw.InputProblem;

/**
 * Thrown from inside PDFBox's parsing when a document passes one of its {@link PdfLimits}. It is
 * unchecked so that PDFBox, which forgives many {@code IOException}s of damaged content, cannot
 * swallow it.
 */
final class PdfLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient InputProblem problem;

  PdfLimitException(InputProblem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  InputProblem problem() {
    return problem;
  }
}
