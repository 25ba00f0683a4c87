package dev.parley.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a JFreeChart onto Apache Batik's {@code SVGGraphics2D} and returns the SVG element as text,
 * ready to inline in HTML: integer width and height (openhtmltopdf drops {@code 500.0}), a view box
 * so that it scales, no comment, and element ids prefixed with the chart's own name so that the
 * clip paths of two charts on one page never share an id.
 */
final class Svg {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Svg() {}

  /**
   * Returns the chart drawn at the given size as an {@code <svg>} element.
   *
   * @param id a name unique on the page, of letters, digits and hyphens
   * @param title the chart's accessible title
   */
  static String of(JFreeChart chart, String id, String title, int width, int height) {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("expected an id of a-z, 0-9 and -, but found " + id);
    }
    Document document =
        GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setPrecision(3);
    context.setIDGenerator(new Prefixed(id + "-"));
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    Element root = g.getRoot();
    root.setAttribute("width", Integer.toString(width));
    root.setAttribute("height", Integer.toString(height));
    root.setAttribute("viewBox", String.format(Locale.ROOT, "0 0 %d %d", width, height));
    root.setAttribute("id", id);
    root.setAttribute("role", "img");
    root.setAttribute("aria-label", title);
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, true, false);
    } catch (SVGGraphics2DIOException e) {
      throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    } finally {
      g.dispose();
    }
    String svg = out.toString();
    int start = svg.indexOf("<svg");
    // Batik names its generic definitions the same in every chart
    svg = svg.replace("id=\"genericDefs\"", "id=\"" + id + "-genericDefs\"");
    return start < 0 ? svg : svg.substring(start).strip();
  }

  /** Batik's id generator, each id prefixed. */
  private static final class Prefixed extends SVGIDGenerator {
    private final String prefix;

    Prefixed(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + kind);
    }
  }
}
