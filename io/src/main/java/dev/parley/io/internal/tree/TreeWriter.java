package dev.parley.io.internal.tree;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree of {@link Map} (in iteration order), {@link List}, {@link String}, {@link Double},
 * {@link Long}, {@link Integer} and {@link Boolean} as YAML or JSON.
 *
 * <p>The YAML is block style, with small mappings and lists of scalars on one line in flow style
 * (as people write them by hand). Strings are plain only when they cannot be read as anything else;
 * otherwise they are double-quoted with JSON escapes, which YAML reads the same way. Doubles are
 * written as the shortest decimal that reads back to the same double, so a write and read round
 * trip is exact. A {@link Commented} value is written after its comment in YAML, and as its value
 * alone in JSON, which has no comments.
 */
public final class TreeWriter {
  private static final int FLOW_WIDTH = 96;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 _./()'-]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final List<String> RESERVED =
      List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf");

  private TreeWriter() {}

  /**
   * A value with a comment: YAML writes the comment's lines, each after {@code #}, on the lines
   * before the key or list item that holds the value (before the list item when it is the first key
   * of a mapping in a list); JSON writes the value alone.
   *
   * @param comment the comment, one or more lines; long lines are wrapped at spaces
   */
  public record Commented(Object value, String comment) {
    /** Validates the fields. */
    public Commented {
      java.util.Objects.requireNonNull(value, "value");
      java.util.Objects.requireNonNull(comment, "comment");
      if (value instanceof Commented) {
        throw new IllegalArgumentException("expected a value, but found another commented value");
      }
    }
  }

  /** Returns a comment as YAML lines at an indentation, each line ending in a newline. */
  public static String comment(String comment, int indent) {
    StringBuilder out = new StringBuilder();
    comment(comment, indent, out);
    return out.toString();
  }

  private static void comment(String comment, int indent, StringBuilder out) {
    int width = Math.max(40, FLOW_WIDTH - indent - 2);
    for (String line : comment.split("\n", -1)) {
      String rest = line.strip();
      do {
        String part = rest;
        if (rest.length() > width) {
          int cut = rest.lastIndexOf(' ', width);
          if (cut <= 0) {
            cut = rest.indexOf(' ', width);
          }
          part = cut <= 0 ? rest : rest.substring(0, cut);
        }
        rest = rest.substring(part.length()).strip();
        pad(indent, out);
        out.append(part.isEmpty() ? "#" : "# " + part).append('\n');
      } while (!rest.isEmpty());
    }
  }

  private static Object unwrap(Object value) {
    return value instanceof Commented c ? c.value() : value;
  }

  /** Returns the tree as a YAML document ending in a newline. */
  public static String yaml(Map<String, ?> root) {
    StringBuilder out = new StringBuilder();
    yamlMapping(root, 0, out);
    return out.toString();
  }

  /** Returns the tree as pretty-printed JSON ending in a newline. */
  public static String json(Object root) {
    StringBuilder out = new StringBuilder();
    json(root, 0, out);
    return out.append('\n').toString();
  }

  private static void yamlMapping(Map<?, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() instanceof Commented c) {
        comment(c.comment(), indent, out);
      }
      pad(indent, out);
      out.append(yamlString(e.getKey().toString())).append(':');
      yamlValueAfterKey(unwrap(e.getValue()), indent, out);
    }
  }

  private static void yamlValueAfterKey(Object value, int indent, StringBuilder out) {
    String flow = flow(value);
    if (flow != null && indent + flow.length() <= FLOW_WIDTH) {
      out.append(' ').append(flow).append('\n');
    } else if (value instanceof Map<?, ?> m) {
      out.append('\n');
      yamlMapping(m, indent + 2, out);
    } else if (value instanceof List<?> l) {
      out.append('\n');
      yamlList(l, indent + 2, out);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void yamlList(List<?> list, int indent, StringBuilder out) {
    for (Object written : list) {
      if (written instanceof Commented c) {
        comment(c.comment(), indent, out);
      }
      Object item = unwrap(written);
      if (item instanceof Map<?, ?> m
          && !m.isEmpty()
          && m.values().iterator().next() instanceof Commented c) {
        comment(c.comment(), indent, out);
      }
      pad(indent, out);
      out.append("- ");
      String flow = flow(item);
      if (flow != null && indent + 2 + flow.length() <= FLOW_WIDTH) {
        out.append(flow).append('\n');
      } else if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            if (e.getValue() instanceof Commented c) {
              comment(c.comment(), indent + 2, out);
            }
            pad(indent + 2, out);
          }
          first = false;
          out.append(yamlString(e.getKey().toString())).append(':');
          yamlValueAfterKey(unwrap(e.getValue()), indent + 2, out);
        }
      } else if (item instanceof List<?> l && !l.isEmpty()) {
        out.append('\n');
        yamlList(l, indent + 2, out);
      } else {
        out.append(flow != null ? flow : scalar(item)).append('\n');
      }
    }
  }

  /** Returns the value on one line in flow style, or null if it is nested too deeply for that. */
  private static @Nullable String flow(Object value) {
    if (value instanceof Commented) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() instanceof Commented
            || (e.getValue() instanceof Map<?, ?> inner && !inner.isEmpty())) {
          return null;
        }
        String v = e.getValue() instanceof List<?> l ? flatList(l) : scalar(e.getValue());
        if (v == null) {
          return null;
        }
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(yamlString(e.getKey().toString())).append(": ").append(v);
      }
      return out.append('}').toString();
    }
    if (value instanceof List<?> l) {
      return flatList(l);
    }
    return scalar(value);
  }

  private static @Nullable String flatList(List<?> list) {
    StringBuilder out = new StringBuilder("[");
    for (Object item : list) {
      if (item instanceof Map<?, ?> || item instanceof List<?> || item instanceof Commented) {
        return null;
      }
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(scalar(item));
    }
    return out.append(']').toString();
  }

  private static String scalar(Object value) {
    return switch (value) {
      case String s -> yamlString(s);
      case Double d -> number(d);
      case Float f -> number(f);
      case Number n -> n.toString();
      case Boolean b -> b.toString();
      case Map<?, ?> m when m.isEmpty() -> "{}";
      case List<?> l when l.isEmpty() -> "[]";
      default -> throw new IllegalArgumentException("expected a scalar, but found " + value);
    };
  }

  /** Returns a double as the shortest decimal that reads back to it; whole numbers bare. */
  public static String number(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("expected a finite number, but found " + d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static String yamlString(String s) {
    boolean plain =
        (PLAIN.matcher(s).matches()
                && !s.endsWith(" ")
                && !s.contains(" '")
                && !RESERVED.contains(s.toLowerCase(Locale.ROOT)))
            || DATE.matcher(s).matches();
    return plain ? s : quoted(s);
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void json(Object value, int indent, StringBuilder out) {
    switch (value) {
      case Commented c -> json(c.value(), indent, out);
      case Map<?, ?> m when m.isEmpty() -> out.append("{}");
      case Map<?, ?> m -> {
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          pad(indent + 2, out);
          out.append(quoted(e.getKey().toString())).append(": ");
          json(e.getValue(), indent + 2, out);
          out.append(++i < m.size() ? ",\n" : "\n");
        }
        pad(indent, out);
        out.append('}');
      }
      case List<?> l when l.isEmpty() -> out.append("[]");
      case List<?> l -> {
        out.append("[\n");
        for (int i = 0; i < l.size(); i++) {
          pad(indent + 2, out);
          json(l.get(i), indent + 2, out);
          out.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(indent, out);
        out.append(']');
      }
      case String s -> out.append(quoted(s));
      case Double d -> out.append(number(d));
      case Number n -> out.append(n);
      case Boolean b -> out.append(b);
      default -> throw new IllegalArgumentException("expected a JSON value, but found " + value);
    }
  }

  private static void pad(int indent, StringBuilder out) {
    out.append(" ".repeat(indent));
  }
}
