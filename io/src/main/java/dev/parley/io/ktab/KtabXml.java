package dev.parley.io.ktab;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small element tree of a KTAB XML scenario, text content included, parsed safely: no document
 * type declarations, no entities, no external resources.
 */
final class KtabXml {
  private static final int MAX_DEPTH = 64;

  private KtabXml() {}

  /** An element: its name, its text (trimmed of nothing), its children and its position. */
  record Node(String name, String text, List<Node> children, TextPosition position) {
    Optional<Node> child(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<Node> children(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }
  }

  /** The root, or the failure that stopped parsing. */
  record Parsed(@Nullable Node root, @Nullable LocatedDiagnostic failure) {}

  private static final class Open {
    final String name;
    final TextPosition position;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();

    Open(String name, TextPosition position) {
      this.name = name;
      this.position = position;
    }
  }

  static Parsed parse(String file, String text) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(text));
      Deque<Open> open = new ArrayDeque<>();
      Node root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
            return failure(
                file,
                "xml-doctype",
                position(reader.getLocation()),
                "expected XML without a document type declaration or entities",
                "KTAB scenarios need neither; remove them");
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              return failure(
                  file,
                  "nesting-depth",
                  position(reader.getLocation()),
                  "expected elements nested at most " + MAX_DEPTH + " deep, but found deeper",
                  "KTAB scenarios nest four levels; check the file");
            }
            open.push(new Open(reader.getLocalName(), position(reader.getLocation())));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Open done = open.pop();
            Node node =
                new Node(
                    done.name,
                    done.children.isEmpty() ? done.text.toString().strip() : "",
                    List.copyOf(done.children),
                    done.position);
            if (open.isEmpty()) {
              root = node;
            } else {
              open.peek().children.add(node);
            }
          }
          default -> {
            // comments and processing instructions carry nothing
          }
        }
      }
      if (root == null) {
        return failure(
            file,
            "xml-syntax",
            TextPosition.UNKNOWN,
            "expected an XML document, but found no root element",
            "check that the file is a KTAB scenario");
      }
      return new Parsed(root, null);
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int cut = message.indexOf("Message: ");
      String detail = cut >= 0 ? message.substring(cut + 9) : message;
      return failure(
          file,
          "xml-syntax",
          position(e.getLocation()),
          "expected well-formed XML, but found: " + detail.strip(),
          "check the tags near this position");
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // closing a reader over a string cannot fail in a way that matters here
        }
      }
    }
  }

  private static Parsed failure(
      String file, String code, TextPosition at, String message, String hint) {
    return new Parsed(
        null,
        new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at));
  }

  private static TextPosition position(@Nullable Location location) {
    if (location == null || location.getLineNumber() < 1 || location.getColumnNumber() < 1) {
      return TextPosition.UNKNOWN;
    }
    return TextPosition.of(location.getLineNumber(), location.getColumnNumber());
  }
}
