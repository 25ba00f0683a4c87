package dev.parley.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jspecify.annotations.Nullable;

/** The look every chart of the report shares: one palette, one font, white ground. */
final class Charts {
  /** The palette, one colour per party or model, safe for colour-blind readers (Okabe-Ito). */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2),
          new Color(0xD55E00),
          new Color(0x009E73),
          new Color(0xCC79A7),
          new Color(0xE69F00),
          new Color(0x56B4E9),
          new Color(0x999999),
          new Color(0xF0E442));

  /** Red lines and forbidden options. */
  static final Color RED = new Color(0xC0, 0x1B, 0x1B);

  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private static final String FONT = "SansSerif";

  /** The shapes the solution points use, in order. */
  static final List<Shape> SHAPES =
      List.of(
          new Ellipse2D.Double(-5, -5, 10, 10),
          new Rectangle2D.Double(-4.5, -4.5, 9, 9),
          diamond(6),
          triangle(6),
          new Ellipse2D.Double(-3.5, -3.5, 7, 7),
          new Rectangle2D.Double(-3, -3, 6, 6),
          diamond(4));

  private Charts() {}

  static Color colour(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** Returns a chart with the report's look: no title (the page gives it), a legend below. */
  static JFreeChart chart(Plot plot, boolean legend) {
    Font regular = new Font(FONT, Font.PLAIN, 12);
    Font small = new Font(FONT, Font.PLAIN, 11);
    JFreeChart chart = new JFreeChart(null, regular, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setPosition(RectangleEdge.BOTTOM);
      l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      l.setItemFont(small);
      l.setBackgroundPaint(Color.WHITE);
    }
    List<org.jfree.chart.axis.Axis> axes = new java.util.ArrayList<>();
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      axes.add(xy.getDomainAxis());
      axes.add(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot c) {
      c.setRangeGridlinePaint(GRID);
      axes.add(c.getDomainAxis());
      axes.add(c.getRangeAxis());
    }
    for (org.jfree.chart.axis.Axis axis : axes) {
      if (axis != null) {
        axis.setLabelFont(new Font(FONT, Font.BOLD, 12));
        axis.setLabelPaint(Color.DARK_GRAY);
        axis.setTickLabelFont(small);
        axis.setTickLabelPaint(Color.DARK_GRAY);
      }
    }
    return chart;
  }

  /** A number axis with the report's look. */
  static NumberAxis numberAxis(String label, double lower, double upper) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(lower, upper);
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /** An axis whose ticks 0, 1, 2, ... are named. */
  static SymbolAxis symbolAxis(@Nullable String label, List<String> names) {
    SymbolAxis axis = new SymbolAxis(label, names.toArray(new String[0]));
    axis.setGridBandsVisible(false);
    axis.setRange(-0.6, names.size() - 0.4);
    axis.setInverted(true);
    return axis;
  }

  /** A category axis that leaves its labels whole. */
  static CategoryAxis categoryAxis(@Nullable String label) {
    CategoryAxis axis = new CategoryAxis(label);
    axis.setMaximumCategoryLabelLines(2);
    axis.setCategoryMargin(0.25);
    return axis;
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
  }

  static PlotOrientation horizontal() {
    return PlotOrientation.HORIZONTAL;
  }

  static Paint paint(int i) {
    return colour(i);
  }

  private static Shape diamond(double s) {
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    p.moveTo(0, -s);
    p.lineTo(s, 0);
    p.lineTo(0, s);
    p.lineTo(-s, 0);
    p.closePath();
    return p;
  }

  private static Shape triangle(double s) {
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    p.moveTo(0, -s);
    p.lineTo(s, s);
    p.lineTo(-s, s);
    p.closePath();
    return p;
  }
}
