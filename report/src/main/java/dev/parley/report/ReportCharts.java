package dev.parley.report;

import dev.parley.app.AnalyzeUncertainty;
import dev.parley.app.MakeReport;
import dev.parley.app.SimulateScenario;
import dev.parley.core.bargain.Agreement;
import dev.parley.core.bargain.BargainingProblem;
import dev.parley.core.bargain.ParetoFrontier;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueOption;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.RedLine;
import dev.parley.core.model.Scenario;
import dev.parley.core.montecarlo.ForecastDistribution;
import dev.parley.core.montecarlo.SampleSummary;
import dev.parley.core.sensitivity.LeverComparisonResult;
import dev.parley.core.sensitivity.TornadoResult;
import dev.parley.core.simulate.Outcome;
import dev.parley.core.simulate.SimulationRun;
import dev.parley.core.simulate.Step;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, each drawn from the numbers the engines returned, as inline SVG. */
final class ReportCharts {
  /** The width of a full-width chart, in CSS pixels. */
  static final int WIDTH = 860;

  /** The most cells of the grid that thins the cloud of frontier points, per axis. */
  private static final int GRID = 40;

  private ReportCharts() {}

  /**
   * Positions per issue: each party a bubble at its ideal on the 0–100 scale, its area growing with
   * salience × capability; each option a party's red line rules out shaded red in its row.
   */
  static String positions(Scenario scenario, Names names) {
    List<Issue> issues = scenario.issues();
    List<ActorProfile> profiles = scenario.profiles();
    double max = 0;
    for (ActorProfile p : profiles) {
      for (IssueStance s : p.stances().values()) {
        max = Math.max(max, weight(p, s));
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    for (int a = 0; a < profiles.size(); a++) {
      ActorProfile p = profiles.get(a);
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i < issues.size(); i++) {
        IssueStance s = p.stances().get(issues.get(i).id());
        if (s == null) {
          continue;
        }
        double offset = (a - (profiles.size() - 1) / 2.0) * 0.09;
        double w = max > 0 ? weight(p, s) / max : 0;
        points.add(new double[] {s.ideal().nominal(), i + offset, 0.12 + 0.6 * Math.sqrt(w)});
      }
      double[][] series = new double[3][points.size()];
      for (int k = 0; k < points.size(); k++) {
        for (int c = 0; c < 3; c++) {
          series[c][k] = points.get(k)[c];
        }
      }
      data.addSeries(names.actor(p.actor()), series);
    }
    XYBubbleRenderer renderer = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_RANGE_AXIS);
    for (int a = 0; a < profiles.size(); a++) {
      renderer.setSeriesPaint(a, Charts.translucent(Charts.colour(a), 170));
      renderer.setSeriesOutlinePaint(a, Charts.colour(a).darker());
    }
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    XYPlot plot =
        new XYPlot(
            data,
            Charts.numberAxis("ideal position on the 0–100 scale of each issue", -4, 104),
            Charts.symbolAxis(null, issues.stream().map(i -> Names.cut(i.name(), 40)).toList()),
            renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    Color shade = Charts.translucent(Charts.RED, 40);
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      List<IssueOption> options = new ArrayList<>(issue.options());
      options.sort(Comparator.comparingDouble(IssueOption::position));
      for (ActorProfile p : profiles) {
        for (RedLine line : p.redLines()) {
          if (!line.issue().equals(issue.id())) {
            continue;
          }
          for (int k = 0; k < options.size(); k++) {
            if (!line.forbidden().contains(options.get(k).id())) {
              continue;
            }
            double x = options.get(k).position();
            double left = k == 0 ? x - 4 : (x + options.get(k - 1).position()) / 2;
            double right =
                k == options.size() - 1 ? x + 4 : (x + options.get(k + 1).position()) / 2;
            // the issue axis is inverted: its larger value lies higher on the page
            plot.addAnnotation(
                new XYBoxAnnotation(
                    Math.max(-4, left),
                    i + 0.45,
                    Math.min(104, right),
                    i - 0.45,
                    null,
                    null,
                    shade),
                false);
          }
        }
      }
    }
    return Svg.of(
        Charts.chart(plot, true),
        "chart-positions",
        "Ideal positions of the parties on each issue",
        WIDTH,
        90 + 46 * issues.size());
  }

  private static double weight(ActorProfile p, IssueStance s) {
    return Math.max(0, s.salience().nominal()) * Math.max(0, p.capability().nominal());
  }

  /**
   * The frontier seen from two parties: the packages on the Pareto frontier of all parties (thinned
   * to a grid), the part of them no other beats for these two, both walk-away lines and the
   * solution points.
   */
  static String frontier(MakeReport.Report report, int a, int b, Names names, String id) {
    ParetoFrontier frontier = report.frontier().frontier();
    BargainingProblem problem = report.frontier().problem();
    String nameA = names.party(problem.parties().get(a));
    String nameB = names.party(problem.parties().get(b));
    boolean[][] seen = new boolean[GRID + 1][GRID + 1];
    XYSeries cloud = new XYSeries("packages on the frontier", false, true);
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < frontier.size(); i++) {
      double x = frontier.utility(i, a);
      double y = frontier.utility(i, b);
      points.add(new double[] {x, y});
      int gx = (int) Math.round(Math.max(0, Math.min(1, x)) * GRID);
      int gy = (int) Math.round(Math.max(0, Math.min(1, y)) * GRID);
      if (!seen[gx][gy]) {
        seen[gx][gy] = true;
        cloud.add(x, y);
      }
    }
    // the points no other point beats for both parties, by descending x
    points.sort(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> -p[1]));
    XYSeries envelope = new XYSeries("best for these two", false, true);
    double best = Double.NEGATIVE_INFINITY;
    for (double[] p : points) {
      if (p[1] > best) {
        envelope.add(p[0], p[1]);
        best = p[1];
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(cloud);
    data.addSeries(envelope);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-1.5, -1.5, 3, 3));
    renderer.setDrawOutlines(false);
    renderer.setSeriesPaint(0, new Color(0xA0, 0xA0, 0xA0));
    renderer.setSeriesLinesVisible(1, true);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(1, new Color(0x33, 0x33, 0x33));
    renderer.setSeriesStroke(1, new BasicStroke(1.5f));
    int series = 2;
    for (Agreement agreement : report.frontier().agreements()) {
      if (!SOLUTIONS.contains(agreement.concept())) {
        continue;
      }
      XYSeries point = new XYSeries(Names.concept(agreement.concept()), false, true);
      point.add(agreement.utility(a), agreement.utility(b));
      data.addSeries(point);
      int k = SOLUTIONS.indexOf(agreement.concept());
      renderer.setSeriesLinesVisible(series, false);
      renderer.setSeriesShapesVisible(series, true);
      renderer.setSeriesShape(series, Charts.SHAPES.get(k));
      renderer.setSeriesPaint(series, Charts.colour(k));
      series++;
    }
    XYPlot plot =
        new XYPlot(
            data,
            Charts.numberAxis("utility of " + nameA + " (0–1)", 0, 1),
            Charts.numberAxis("utility of " + nameB + " (0–1)", 0, 1),
            renderer);
    ValueMarker walkA = new ValueMarker(problem.disagreement(a), Charts.RED, Charts.dashed(1.2f));
    ValueMarker walkB = new ValueMarker(problem.disagreement(b), Charts.RED, Charts.dashed(1.2f));
    walkA.setLabel("walk-away " + Names.cut(nameA, 14));
    walkB.setLabel("walk-away " + Names.cut(nameB, 14));
    for (ValueMarker m : List.of(walkA, walkB)) {
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      m.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
      m.setLabelPaint(Charts.RED);
    }
    walkA.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
    walkA.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
    walkB.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
    walkB.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
    plot.addDomainMarker(walkA);
    plot.addRangeMarker(walkB);
    return Svg.of(
        Charts.chart(plot, true),
        id,
        "Frontier in utility space, " + nameA + " and " + nameB,
        330,
        360);
  }

  /** The solution concepts the frontier charts mark, in the order of their shapes. */
  static final List<String> SOLUTIONS = List.of("nash", "ks", "max_welfare", "equal_utility");

  /**
   * Forecasts per issue by model: each model's distribution over the Monte Carlo trials, as a box
   * (25–75%) with whiskers (5–95%) and the median.
   */
  static String forecasts(AnalyzeUncertainty.Report report, Names names) {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    List<ForecastDistribution> models = report.levers().baseline().result().forecasts();
    for (ForecastDistribution f : models) {
      for (ForecastDistribution.IssueOutcome o : f.issues()) {
        SampleSummary s = o.outcome();
        if (s.n() == 0) {
          continue;
        }
        data.add(
            new BoxAndWhiskerItem(
                s.mean(),
                s.median(),
                s.q25(),
                s.q75(),
                s.q05(),
                s.q95(),
                s.min(),
                s.max(),
                List.of()),
            Names.model(f.model()),
            Names.cut(names.issue(o.issue()), 40));
      }
    }
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    renderer.setMeanVisible(false);
    renderer.setMaxOutlierVisible(false);
    renderer.setMinOutlierVisible(false);
    renderer.setFillBox(true);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.05);
    renderer.setUseOutlinePaintForWhiskers(false);
    for (int m = 0; m < models.size(); m++) {
      renderer.setSeriesPaint(m, Charts.colour(m));
      renderer.setSeriesOutlinePaint(m, Charts.colour(m).darker());
    }
    CategoryPlot plot =
        new CategoryPlot(
            data,
            Charts.categoryAxis(null),
            Charts.numberAxis("forecast position on the 0–100 scale", -2, 102),
            renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    int issues = data.getColumnCount();
    return Svg.of(
        Charts.chart(plot, true),
        "chart-forecasts",
        "Forecasts per issue by model, with their intervals",
        WIDTH,
        100 + Math.max(4, issues) * 16 * Math.max(2, models.size()));
  }

  /**
   * Levers side by side: for each lever, the change in the mean forecast of each issue by the first
   * model, in points of the 0–100 scale.
   */
  static String levers(AnalyzeUncertainty.Report report, Names names, String model) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<LeverComparisonResult.LeverVariant> levers = report.levers().levers();
    for (LeverComparisonResult.LeverVariant l : levers) {
      for (Issue issue : report.scenario().issues()) {
        double d =
            l.difference(model + "/" + issue.id().value())
                .map(LeverComparisonResult.OutputDifference::difference)
                .orElse(Double.NaN);
        data.addValue(
            Double.isNaN(d) ? 0 : d, Names.cut(l.name(), 40), Names.cut(issue.name(), 40));
      }
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.02);
    for (int k = 0; k < levers.size(); k++) {
      renderer.setSeriesPaint(k, Charts.colour(k + 4));
    }
    NumberAxis axis = new NumberAxis("change in the mean forecast, points of the 0–100 scale");
    axis.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, Charts.categoryAxis(null), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
    return Svg.of(
        Charts.chart(plot, true),
        "chart-levers",
        "Levers side by side: change in each issue's forecast",
        WIDTH,
        110 + report.scenario().issues().size() * (10 + 9 * Math.max(1, levers.size())));
  }

  /**
   * The tornado of one output: each uncertain value set to its 5% and then its 95% quantile, the
   * others at their central values, and the output's change from its nominal.
   */
  static String tornado(TornadoResult.OutputTornado output, Names names, int top) {
    List<TornadoResult.Bar> bars =
        output.bars().stream().filter(b -> Double.isFinite(b.swing()) && b.swing() > 0).toList();
    bars = bars.subList(0, Math.min(top, bars.size()));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (TornadoResult.Bar bar : bars) {
      String label = Names.cut(names.parameter(bar.parameter()), 48);
      data.addValue(bar.outputAtLow() - output.nominal(), "value at its 5% quantile", label);
      data.addValue(bar.outputAtHigh() - output.nominal(), "value at its 95% quantile", label);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0);
    renderer.setSeriesPaint(0, Charts.colour(5));
    renderer.setSeriesPaint(1, Charts.colour(1));
    NumberAxis axis =
        new NumberAxis("change in the forecast from its central value, points (0–100)");
    axis.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, Charts.categoryAxis(null), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
    return Svg.of(
        Charts.chart(plot, true),
        "chart-tornado",
        "Tornado of the forecast " + output.output(),
        WIDTH,
        110 + 30 * Math.max(3, bars.size()));
  }

  /** The distribution of the day of agreement over the simulated runs. */
  static String agreementDays(SimulateScenario.Report simulation) {
    TreeMap<Double, Integer> days = new TreeMap<>();
    int none = 0;
    double roundDays = simulation.scenario().roundDays();
    for (SimulationRun run : simulation.runs()) {
      if (run.outcome() instanceof Outcome.Agreement agreement) {
        days.merge(agreement.agreedRound() * roundDays, 1, Integer::sum);
      } else {
        none++;
      }
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (var e : days.entrySet()) {
      data.addValue(e.getValue(), "runs agreeing on that day", Names.number(e.getKey(), 0));
    }
    if (none > 0) {
      data.addValue(none, "runs agreeing on that day", "no agreement");
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Charts.colour(0));
    NumberAxis axis = new NumberAxis("simulated runs");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CategoryPlot plot =
        new CategoryPlot(
            data, Charts.categoryAxis("day of agreement, days after as_of"), axis, renderer);
    return Svg.of(
        Charts.chart(plot, false),
        "chart-agreement-days",
        "Distribution of the day of agreement in the simulated talks",
        WIDTH,
        300);
  }

  /**
   * The positions over the rounds of the simulated runs: what each party demanded for itself (its
   * utility, 0–1) when it made an offer in a round, averaged over the runs in which it did.
   */
  static String rounds(SimulateScenario.Report simulation, Names names) {
    List<String> parties = simulation.negotiation().problem().parties();
    List<TreeMap<Integer, double[]>> sums = new ArrayList<>();
    for (int p = 0; p < parties.size(); p++) {
      sums.add(new TreeMap<>());
    }
    for (SimulationRun run : simulation.runs()) {
      for (Step step : run.trace()) {
        if (step.action() == Step.Action.OFFER && Double.isFinite(step.demand())) {
          double[] sum = sums.get(step.party()).computeIfAbsent(step.round(), r -> new double[2]);
          sum[0] += step.demand();
          sum[1]++;
        }
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    for (int p = 0; p < parties.size(); p++) {
      XYSeries s = new XYSeries(names.party(parties.get(p)), true, false);
      for (var e : sums.get(p).entrySet()) {
        s.add(e.getKey().doubleValue(), e.getValue()[0] / e.getValue()[1]);
      }
      data.addSeries(s);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int p = 0; p < parties.size(); p++) {
      renderer.setSeriesPaint(p, Charts.colour(p));
      renderer.setSeriesStroke(p, new BasicStroke(2f));
      renderer.setSeriesShape(p, Charts.SHAPES.get(p % Charts.SHAPES.size()));
    }
    NumberAxis x =
        new NumberAxis(
            "round (each " + Names.number(simulation.scenario().roundDays(), 0) + " days)");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot =
        new XYPlot(
            data,
            x,
            Charts.numberAxis("what the party asks for itself, utility 0–1", 0, 1),
            renderer);
    return Svg.of(
        Charts.chart(plot, true),
        "chart-rounds",
        "What each party demanded over the rounds of the simulated runs",
        WIDTH,
        340);
  }
}
