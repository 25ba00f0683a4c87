package dev.parley.io.diagnostic;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.DiagnosticText;
import java.util.List;

/**
 * Formats diagnostics in the one printed shape, after javac and Error Prone:
 *
 * <pre>
 * scenarios/trade.yaml:14:9: error: [salience-range] salience must be within [0, 1], was 1.4
 *     hint: saliences are shares of attention; rescale so each actor's sum is 1
 *     see docs/errors/salience-range.md
 * </pre>
 *
 * <p>A diagnostic without a known position prints {@code file: error: ...}.
 */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /** Returns the three lines of one diagnostic, each ended by a newline. */
  public static String format(LocatedDiagnostic located) {
    Diagnostic d = located.diagnostic();
    TextPosition at = located.position();
    String place =
        at.isKnown() ? located.file() + ":" + at.line() + ":" + at.column() : located.file();
    return DiagnosticText.format(place, d.severity(), d.code(), d.message(), d.hint()) + "\n";
  }

  /** Returns every diagnostic formatted, in order. */
  public static String format(List<LocatedDiagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (LocatedDiagnostic d : diagnostics) {
      out.append(format(d));
    }
    return out.toString();
  }

  /** Returns the documentation page of a code, relative to the project root. */
  public static String docPage(String code) {
    return DiagnosticText.docPage(code);
  }
}
