package dev.parley.io.internal.xml;

import dev.parley.io.diagnostic.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element: its local name, attributes, text, child elements and position.
 *
 * @param text the element's text content, stripped, when it has no child elements; else empty
 */
public record XmlElement(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlElement> children,
    TextPosition position) {
  /** Validates and copies the fields. */
  public XmlElement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
    Objects.requireNonNull(position, "position");
  }

  /** Returns the attribute's value, if present. */
  public Optional<String> attribute(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** Returns the direct children with the given name, in document order. */
  public List<XmlElement> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** Returns the first direct child with the given name. */
  public Optional<XmlElement> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  /** Returns the first element with the given name in document order, this one included. */
  public Optional<XmlElement> find(String elementName) {
    if (name.equals(elementName)) {
      return Optional.of(this);
    }
    for (XmlElement child : children) {
      Optional<XmlElement> found = child.find(elementName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Returns every element with the given name in document order, this one included. */
  public List<XmlElement> findAll(String elementName) {
    List<XmlElement> out = new ArrayList<>();
    collect(elementName, out);
    return out;
  }

  private void collect(String elementName, List<XmlElement> out) {
    if (name.equals(elementName)) {
      out.add(this);
    }
    for (XmlElement child : children) {
      child.collect(elementName, out);
    }
  }
}
