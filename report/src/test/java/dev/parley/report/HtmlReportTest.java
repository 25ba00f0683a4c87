package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.MakeReport;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class HtmlReportTest {
  private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>");

  @Test
  void render_bundledExample_hasEverySectionInOrder() {
    String html = ReportFixture.html();
    List<String> sections =
        List.of(
            "brief",
            "glossary",
            "positions",
            "frontier",
            "forecasts",
            "levers",
            "uncertainty",
            "talks",
            "evidence");
    int last = -1;
    for (String id : sections) {
      int at = html.indexOf("<section id=\"" + id + "\">");
      assertThat(at).as("section " + id).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void render_bundledExample_inlinesAtLeastSixSvgChartsWithIntegerSizesAndUniqueIds() {
    String html = ReportFixture.html();
    Matcher m = SVG.matcher(html);
    List<String> roots = new ArrayList<>();
    while (m.find()) {
      roots.add(m.group());
    }
    assertThat(roots).hasSizeGreaterThanOrEqualTo(6);
    for (String root : roots) {
      assertThat(root).containsPattern(" width=\"\\d+\"").containsPattern(" height=\"\\d+\"");
    }
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    while (ids.find()) {
      if (!seen.add(ids.group(1))) {
        twice.add(ids.group(1));
      }
    }
    assertThat(twice).as("ids used twice on the page").isEmpty();
  }

  @Test
  void render_bundledExample_loadsNothingFromOutside() {
    String html = ReportFixture.html();
    assertThat(html)
        .doesNotContainPattern("(?i)<script")
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)<img\\b")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)")
        .doesNotContainPattern("(?i)(src|href|xlink:href)\\s*=\\s*['\"]?(https?:|//)");
  }

  @Test
  void render_bundledExample_isWellFormedXml_soThePdfRendererReadsTheSameText() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var document =
        f.newDocumentBuilder().parse(new InputSource(new StringReader(ReportFixture.html())));
    assertThat(document.getElementsByTagName("svg").getLength()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void render_bundledExample_pageOneNamesTheEventAndHorizonAndExplainsItsTerms() {
    String html = ReportFixture.html();
    String brief =
        html.substring(html.indexOf("<section id=\"brief\">"), html.indexOf("</section>"));
    assertThat(brief)
        .contains("Russia", "Ukraine", "United States", "European states")
        .contains("within 365 days of 2025-08-19")
        .contains("p_zone_exists")
        .contains("US sanctions threat back on the table")
        .contains("90% interval");
    String glossary = html.substring(html.indexOf("<section id=\"glossary\">"));
    assertThat(glossary)
        .contains("Nash solution", "Kalai–Smorodinsky solution", "Walk-away value")
        .contains("Salience", "Capability", "Pareto frontier", "0–100 scale")
        .contains("Central value", "Median", "Partial deal", "Tornado", "Lever");
  }

  @Test
  void render_bundledExample_listsEachSourceWithItsProfile() {
    String html = ReportFixture.html();
    String sources = html.substring(html.indexOf("<ol class=\"sources\">"));
    sources = sources.substring(0, sources.indexOf("</ol>"));
    long items = sources.lines().filter(l -> l.startsWith("<li")).count();
    assertThat(items).isPositive();
    assertThat(sources.lines().filter(l -> l.contains("<span class=\"profile\">")).count())
        .isEqualTo(items);
    // the republishing site is an aggregator by its address; an undated page says so
    assertThat(sources).containsPattern("europesays\\.com.*\\(aggregator, by url host");
    assertThat(sources).contains("; undated)");
  }

  @Test
  void render_sameFileTwice_givesTheSameBytes_whateverTheThreads() {
    MakeReport.Options one = new MakeReport.Options(60, 20, 20, 1, 1);
    String again = HtmlReport.render(ReportFixture.make(ReportFixture.EXAMPLE, one), "test");
    assertThat(again).isEqualTo(ReportFixture.html());
  }

  @Test
  void render_hostileNames_escapesEveryScenarioString(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(ReportFixture.EXAMPLE, StandardCharsets.UTF_8);
    String hostile = "<script>alert('x')</script> & \"<img src=x onerror=alert(1)>\"";
    String quoted = "'" + hostile.replace("'", "''") + "'";
    String changed =
        yaml.replace("title: Russia-Ukraine peace talks, 2025", "title: " + quoted)
            .replace("    name: Russia\n", "    name: " + quoted + "\n")
            .replace("    name: Donetsk region\n", "    name: " + quoted + "\n");
    assertThat(changed).isNotEqualTo(yaml);
    Path file = dir.resolve("hostile.yaml");
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    String html = HtmlReport.render(ReportFixture.make(file, ReportFixture.OPTIONS), "test");
    assertThat(html)
        .doesNotContainPattern("(?i)<script")
        .doesNotContainPattern("(?i)<img")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;&lt;img");
    // still well-formed, so the PDF renderer reads it too
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }
}
