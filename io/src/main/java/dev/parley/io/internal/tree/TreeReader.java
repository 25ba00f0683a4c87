package dev.parley.io.internal.tree;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.Excerpt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a YAML or JSON document into a {@link Node} tree with positions, within limits.
 *
 * <p>Jackson's streaming parsers deliver the tokens; this class builds the tree itself so that it
 * can record each value's position, report duplicate keys (which Jackson would silently merge),
 * expand YAML aliases under a budget, and stop at a nesting limit. Anchors are honoured on mappings
 * and lists (Jackson does not report them on single values). YAML aliases are shared, not copied,
 * and each node knows its expanded weight, so a "billion laughs" document is refused after a few
 * hundred tokens instead of being expanded.
 */
public final class TreeReader {
  /** The deepest nesting of mappings and lists accepted. */
  public static final int MAX_DEPTH = 64;

  /** The most alias uses accepted in one document. */
  public static final int MAX_ALIASES = 100;

  /** The most nodes a document may have once every alias is expanded. */
  public static final long MAX_EXPANDED_NODES = 1_000_000;

  private static final TokenStreamFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
          .build();

  private static final TokenStreamFactory YAML =
      YAMLFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
          .build();

  private final String file;
  private final Syntax syntax;
  private final List<LocatedDiagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private int aliases;

  private TreeReader(String file, Syntax syntax) {
    this.file = file;
    this.syntax = syntax;
  }

  /**
   * Reads a document.
   *
   * @param file the file name to report diagnostics against
   */
  public static TreeResult read(String file, String text, Syntax syntax) {
    return new TreeReader(file, syntax).read(text);
  }

  private TreeResult read(String text) {
    try (JsonParser parser =
        syntax == Syntax.YAML
            ? YAML.createParser(ObjectReadContext.empty(), new WholeCodePointReader(text))
            : JSON.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return fail(
            "empty-file",
            TextPosition.UNKNOWN,
            "expected a scenario, but found an empty file",
            "write at least the keys the format requires; see docs/scenario-format.md");
      }
      Node root = value(parser, 0);
      if (root == null) {
        return new TreeResult(null, diagnostics);
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        return fail(
            syntax.syntaxErrorCode(),
            position(parser.currentTokenLocation()),
            "expected one document, but found more after the first",
            "keep one scenario per file; remove the second document and its '---' marker");
      }
      return new TreeResult(root, diagnostics);
    } catch (JacksonException e) {
      return fail(
          syntax.syntaxErrorCode(),
          position(e.getLocation()),
          "expected valid " + syntax.displayName() + ", but found: " + explanation(e),
          syntax == Syntax.YAML
              ? "check the indentation and quoting near this line; quote strings that contain ': ' or"
                  + " start with a special character"
              : "check the brackets, commas and quotes near this position");
    } catch (DepthExceeded e) {
      return fail(
          "nesting-depth",
          e.at,
          "expected mappings and lists nested at most " + MAX_DEPTH + " deep, but found deeper",
          "a scenario needs only a few levels; flatten the structure");
    } catch (AliasBudgetExceeded e) {
      return fail(
          "yaml-alias",
          e.at,
          e.message,
          "aliases are limited to "
              + MAX_ALIASES
              + " uses and "
              + MAX_EXPANDED_NODES
              + " expanded nodes; write the values out instead");
    }
  }

  private @Nullable Node value(JsonParser parser, int depth) {
    JsonToken token = parser.currentToken();
    TextPosition at = position(parser.currentTokenLocation());
    String anchor = anchorOf(parser);
    Node node;
    if (token == JsonToken.START_OBJECT) {
      if (depth >= MAX_DEPTH) {
        throw new DepthExceeded(at);
      }
      node = mapping(parser, depth, at);
    } else if (token == JsonToken.START_ARRAY) {
      if (depth >= MAX_DEPTH) {
        throw new DepthExceeded(at);
      }
      node = list(parser, depth, at);
    } else if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      node = alias(parser.getString(), at);
    } else {
      node = scalar(parser, token, at);
    }
    if (anchor != null && node != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Node alias(String name, TextPosition at) {
    aliases++;
    if (aliases > MAX_ALIASES) {
      throw new AliasBudgetExceeded(
          "expected at most " + MAX_ALIASES + " alias uses, but found more", at);
    }
    Node target = anchors.get(name);
    if (target == null) {
      throw new UnknownAlias(name, at);
    }
    return target;
  }

  private MapNode mapping(JsonParser parser, int depth, TextPosition at) {
    List<MapNode.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long weight = 1;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token != JsonToken.PROPERTY_NAME) {
        throw new IllegalStateException("expected a key, but the parser gave " + token);
      }
      String key = parser.currentName();
      TextPosition keyAt = position(parser.currentTokenLocation());
      parser.nextToken();
      Node value = value(parser, depth + 1);
      if (value == null) {
        continue;
      }
      weight = add(weight, value.weight(), keyAt);
      if (!seen.add(key)) {
        diagnostics.add(
            located(
                "duplicate-key",
                keyAt,
                "expected each key once in a mapping, but found " + Excerpt.quoted(key) + " again",
                "remove or rename the second " + Excerpt.quoted(key) + "; only the first is used"));
        continue;
      }
      entries.add(new MapNode.Entry(key, keyAt, value));
    }
    return new MapNode(entries, at, weight);
  }

  private ListNode list(JsonParser parser, int depth, TextPosition at) {
    List<Node> items = new ArrayList<>();
    long weight = 1;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node value = value(parser, depth + 1);
      if (value != null) {
        weight = add(weight, value.weight(), at);
        items.add(value);
      }
    }
    return new ListNode(items, at, weight);
  }

  private static long add(long weight, long more, TextPosition at) {
    long sum = weight + more;
    if (sum > MAX_EXPANDED_NODES) {
      throw new AliasBudgetExceeded(
          "expected at most "
              + MAX_EXPANDED_NODES
              + " values once aliases are expanded, but found more",
          at);
    }
    return sum;
  }

  private static ScalarNode scalar(JsonParser parser, JsonToken token, TextPosition at) {
    return switch (token) {
      case VALUE_STRING ->
          new ScalarNode(ScalarNode.Kind.STRING, parser.getString(), Double.NaN, at);
      case VALUE_NUMBER_INT ->
          new ScalarNode(ScalarNode.Kind.INTEGER, parser.getString(), parser.getDoubleValue(), at);
      case VALUE_NUMBER_FLOAT ->
          new ScalarNode(ScalarNode.Kind.FLOAT, parser.getString(), parser.getDoubleValue(), at);
      case VALUE_TRUE, VALUE_FALSE ->
          new ScalarNode(ScalarNode.Kind.BOOLEAN, parser.getString(), Double.NaN, at);
      case VALUE_NULL -> new ScalarNode(ScalarNode.Kind.NULL, "null", Double.NaN, at);
      default -> new ScalarNode(ScalarNode.Kind.STRING, parser.getString(), Double.NaN, at);
    };
  }

  private static @Nullable String anchorOf(JsonParser parser) {
    if (parser instanceof YAMLParser yaml && !yaml.isCurrentAlias()) {
      Object id = yaml.getObjectId();
      return id == null ? null : id.toString();
    }
    return null;
  }

  private TreeResult fail(String code, TextPosition at, String message, String hint) {
    diagnostics.add(located(code, at, message, hint));
    return new TreeResult(null, diagnostics);
  }

  private LocatedDiagnostic located(String code, TextPosition at, String message, String hint) {
    return new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at);
  }

  private static TextPosition position(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return TextPosition.UNKNOWN;
    }
    return TextPosition.of(location.getLineNr(), location.getColumnNr());
  }

  /**
   * Returns the parser's explanation without the source excerpts it quotes: SnakeYAML indents the
   * excerpts and location lines, so only the unindented lines ("while parsing a flow mapping",
   * "expected ',' or '}', but got ...") are kept.
   */
  private static String explanation(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    List<String> kept =
        message
            .lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip)
            .toList();
    return Excerpt.of(
        kept.isEmpty() ? message.strip().lines().findFirst().orElse("") : String.join("; ", kept),
        240);
  }

  private static final class DepthExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TextPosition at;

    DepthExceeded(TextPosition at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  private static class AliasBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TextPosition at;
    final String message;

    AliasBudgetExceeded(String message, TextPosition at) {
      super(message, null, false, false);
      this.at = at;
      this.message = message;
    }
  }

  private static final class UnknownAlias extends AliasBudgetExceeded {
    private static final long serialVersionUID = 1L;

    UnknownAlias(String name, TextPosition at) {
      super(
          "expected an alias to an anchored mapping or list, but found *"
              + Excerpt.of(name)
              + ", which names none (anchors on single values are not supported)",
          at);
    }
  }
}
