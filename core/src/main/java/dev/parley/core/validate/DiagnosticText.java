package dev.parley.core.validate;

/**
 * The one printed shape of a diagnostic, after javac and Error Prone, for every kind of problem
 * Parley reports (a scenario's, a document's, the workspace's, a search's):
 *
 * <pre>
 * scenarios/trade.yaml:14:9: error: [salience-range] salience must be within [0, 1], was 1.4
 *     hint: saliences are shares of attention; rescale so each actor's sum is 1
 *     see docs/errors/salience-range.md
 * </pre>
 *
 * <p>The place is whatever locates the problem best: a file with its line and column, a file alone,
 * a workspace folder, a command's option. An empty hint prints no hint line.
 */
public final class DiagnosticText {
  private DiagnosticText() {}

  /**
   * Returns a diagnostic's lines, the last without a newline.
   *
   * @param place where the problem is, such as {@code file:line:col}
   * @param code the stable kebab-case code, which names its page in {@code docs/errors/}
   */
  public static String format(
      String place, Severity severity, String code, String message, String hint) {
    StringBuilder out =
        new StringBuilder(
                place.length() + message.length() + hint.length() + 2 * code.length() + 48)
            .append(place)
            .append(": ")
            .append(severity.label())
            .append(": [")
            .append(code)
            .append("] ")
            .append(message);
    if (!hint.isEmpty()) {
      out.append("\n    hint: ").append(hint);
    }
    return out.append("\n    see ").append(docPage(code)).toString();
  }

  /** Returns the documentation page of a code, relative to the project root. */
  public static String docPage(String code) {
    return "docs/errors/" + code + ".md";
  }
}
