package dev.parley.io.internal.delimited;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.InputText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a delimited text table: one row per non-blank line, fields split at the delimiter, a field
 * optionally enclosed in double quotes (a doubled quote inside stands for one). A quote that is
 * never closed runs to the end of its line. Quoted fields do not span lines.
 */
public final class DelimitedText {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  private DelimitedText() {}

  /**
   * Returns the value of a decimal number such as {@code 12}, {@code -0.5} or {@code 1e-3}, or NaN
   * if the text is anything else (empty, a word, {@code NaN}, {@code Infinity}, a hex float).
   */
  public static double number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? value : Double.NaN;
  }

  /**
   * One field and where it starts.
   *
   * @param text the field's text, without enclosing quotes and without surrounding whitespace
   * @param column the 1-based column of its first character
   */
  public record Field(String text, int column) {
    /** Validates the fields. */
    public Field {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One row of the table.
   *
   * @param line the 1-based line it was read from
   * @param fields its fields, in order
   */
  public record Row(int line, List<Field> fields) {
    /** Copies the fields. */
    public Row {
      fields = List.copyOf(fields);
    }

    /** Returns the number of fields. */
    public int size() {
      return fields.size();
    }

    /** Returns the text of a field, or the empty string beyond the last field. */
    public String text(int index) {
      return index < fields.size() ? fields.get(index).text() : "";
    }

    /** Returns where a field starts, or the end of the row beyond the last field. */
    public TextPosition position(int index) {
      if (index < fields.size()) {
        return TextPosition.of(line, fields.get(index).column());
      }
      return TextPosition.of(line, fields.isEmpty() ? 1 : fields.get(fields.size() - 1).column());
    }
  }

  /**
   * Reads and splits a file, or adds a diagnostic ({@code not-a-file}, {@code file-unreadable},
   * {@code file-too-large}, {@code invalid-encoding}, {@code empty-file}, ...) and returns null.
   *
   * @param what what the file should hold, for messages ("a BdM actor table")
   */
  public static @Nullable List<Row> read(
      Path file, char delimiter, long maxBytes, String what, List<LocatedDiagnostic> sink) {
    byte[] bytes = InputText.readBytes(file, maxBytes, what, null, sink);
    if (bytes == null) {
      return null;
    }
    return read(file.toString(), bytes, delimiter, what, sink);
  }

  /**
   * Decodes and splits the bytes of a file named {@code name}, or adds a diagnostic ({@code
   * invalid-encoding}, {@code empty-file}) and returns null.
   *
   * @param what what the file should hold, for messages ("a BdM actor table")
   */
  public static @Nullable List<Row> read(
      String name, byte[] bytes, char delimiter, String what, List<LocatedDiagnostic> sink) {
    String text = InputText.decode(name, bytes, what, "check that this is the right file", sink);
    if (text == null) {
      return null;
    }
    return parse(text, delimiter);
  }

  /** Splits text into rows of fields; blank lines are skipped. */
  public static List<Row> parse(String text, char delimiter) {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String content = text.substring(start, end);
      if (content.endsWith("\r")) {
        content = content.substring(0, content.length() - 1);
      }
      if (!content.isBlank()) {
        rows.add(new Row(line, split(content, delimiter)));
      }
      line++;
      start = end + 1;
    }
    return rows;
  }

  private static List<Field> split(String line, char delimiter) {
    List<Field> fields = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      int fieldStart = i;
      while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      StringBuilder value = new StringBuilder();
      int column = i + 1;
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              value.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value.append(c);
          i++;
        }
        while (i < n && line.charAt(i) != delimiter) {
          value.append(line.charAt(i));
          i++;
        }
      } else {
        column = fieldStart + 1;
        while (i < n && line.charAt(i) != delimiter) {
          value.append(line.charAt(i));
          i++;
        }
      }
      fields.add(new Field(value.toString().strip(), column));
      if (i >= n) {
        return fields;
      }
      i++;
    }
  }
}
