package dev.parley.io.internal.xml;

import dev.parley.core.validate.Diagnostic;
import dev.parley.core.validate.ModelPath;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.internal.text.DecodedText;
import dev.parley.io.internal.text.Excerpt;
import dev.parley.io.internal.text.InputText;
import dev.parley.io.internal.text.TextDecoder;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Parses XML with StAX, refusing anything that could read other files or expand without bound.
 *
 * <p>DTD support and external entities are switched off, external DTD and schema access is denied,
 * and a document type declaration is refused outright with {@code xml-doctype}. This blocks XXE
 * (external entities that read local files or URLs) and "billion laughs" (entities that expand
 * exponentially): both need a DOCTYPE. Elements may nest at most {@link #MAX_DEPTH} deep.
 */
public final class SafeXmlReader {
  /** The deepest element nesting accepted. */
  public static final int MAX_DEPTH = 64;

  private static final Pattern ENCODING =
      Pattern.compile("\\sencoding\\s*=\\s*(['\"])([^'\"]*)\\1");

  private SafeXmlReader() {}

  /**
   * Parses the bytes of an XML file; {@code file} names it in diagnostics.
   *
   * <p>The bytes are decoded here, not by the XML parser: UTF-8 or UTF-16 as a byte order mark
   * says, else the encoding the XML declaration names, else UTF-8. Invalid bytes are then reported
   * as {@code invalid-encoding} at their line and column, and the JDK parser, which prints a
   * "[Fatal Error]" line on standard error when it meets them itself, only ever reads characters.
   */
  public static XmlResult read(String file, byte[] bytes) {
    Charset declared;
    try {
      declared = declaredEncoding(bytes);
    } catch (IllegalArgumentException e) {
      return failure(
          file,
          TextDecoder.INVALID_ENCODING,
          TextPosition.of(1, 1),
          "expected an encoding Java knows (UTF-8, UTF-16, ISO-8859-1, ...), but the XML"
              + " declaration names "
              + Excerpt.quoted(e.getMessage() == null ? "" : e.getMessage()),
          "save the file as UTF-8 and declare encoding=\"UTF-8\"");
    }
    DecodedText decoded = TextDecoder.decode(bytes, declared);
    String text = decoded.text();
    if (text == null) {
      return new XmlResult(null, InputText.encodingFailure(file, decoded));
    }
    return read(file, text);
  }

  /**
   * Returns the encoding an XML declaration at the start of the bytes names, UTF-8 if there is none
   * or if it names UTF-16 or UTF-32 for bytes that are not (a file in those begins with a byte
   * order mark, which {@link TextDecoder} reads first).
   *
   * @throws IllegalArgumentException with the name as message, if Java does not know it
   */
  private static Charset declaredEncoding(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && end < 200 && bytes[end] != '>') {
      end++;
    }
    String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    if (!head.startsWith("<?xml")) {
      return StandardCharsets.UTF_8;
    }
    Matcher m = ENCODING.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(2);
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("UTF16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      if (Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    } catch (IllegalCharsetNameException e) {
      // not a name at all: reported below like an unknown one
    }
    throw new IllegalArgumentException(name);
  }

  /** Parses the text of an XML file, already decoded; {@code file} names it in diagnostics. */
  public static XmlResult read(String file, String text) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(text));
      Deque<Builder> open = new ArrayDeque<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD -> {
            return failure(
                file,
                "xml-doctype",
                position(reader.getLocation()),
                "expected XML without a document type declaration, but found <!DOCTYPE ...>",
                "the formats read here need no DOCTYPE; remove it (declarations and entities are"
                    + " refused because they can read other files or expand without bound)");
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            return failure(
                file,
                "xml-doctype",
                position(reader.getLocation()),
                "expected XML without entity references, but found &"
                    + Excerpt.of(reader.getLocalName())
                    + ";",
                "write the character itself instead of the entity");
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              return failure(
                  file,
                  "nesting-depth",
                  position(reader.getLocation()),
                  "expected elements nested at most " + MAX_DEPTH + " deep, but found deeper",
                  "the formats read here nest only a few levels; check the file");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            open.push(
                new Builder(reader.getLocalName(), attributes, position(reader.getLocation())));
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Builder done = open.pop();
            XmlElement element =
                new XmlElement(
                    done.name,
                    done.attributes,
                    done.children.isEmpty() ? done.text.toString().strip() : "",
                    done.children,
                    done.position);
            if (open.isEmpty()) {
              root = element;
            } else {
              open.peek().children.add(element);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          default -> {
            // comments and processing instructions carry nothing the formats use
          }
        }
      }
      if (root == null) {
        return failure(
            file,
            "xml-syntax",
            TextPosition.UNKNOWN,
            "expected an XML document, but found no root element",
            "check that the file is the kind of file the command expects");
      }
      return new XmlResult(root, null);
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int cut = message.indexOf("Message: ");
      String detail = cut >= 0 ? message.substring(cut + 9) : message;
      return failure(
          file,
          "xml-syntax",
          position(e.getLocation()),
          "expected well-formed XML, but found: " + Excerpt.of(detail.strip(), 240),
          "check the tags and quotes near this position; the file must be UTF-8 or declare its"
              + " encoding");
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // closing a reader over a byte array cannot fail in a way that matters here
        }
      }
    }
  }

  private static XmlResult failure(
      String file, String code, TextPosition at, String message, String hint) {
    return new XmlResult(
        null,
        new LocatedDiagnostic(Diagnostic.error(code, ModelPath.root(), message, hint), file, at));
  }

  private static TextPosition position(@Nullable Location location) {
    if (location == null || location.getLineNumber() < 1 || location.getColumnNumber() < 1) {
      return TextPosition.UNKNOWN;
    }
    return TextPosition.of(location.getLineNumber(), location.getColumnNumber());
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final TextPosition position;

    Builder(String name, Map<String, String> attributes, TextPosition position) {
      this.name = name;
      this.attributes = attributes;
      this.position = position;
    }
  }
}
