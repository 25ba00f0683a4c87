package dev.parley.io.genius;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueStance;
import dev.parley.core.model.Scenario;
import dev.parley.io.FileFormat;
import dev.parley.io.ScenarioImport;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.geniusweb.GeniusWebReader;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.io.scenario.ScenarioWriter;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeniusReaderTest {
  @TempDir Path dir;

  private static final String DOMAIN =
      """
      <negotiation_template>
        <utility_space number_of_issues="2">
          <objective index="0" name="Toy" type="objective">
            <issue index="1" name="Colour" type="discrete">
              <item index="1" value="red"/>
              <item index="2" value="blue"/>
            </issue>
            <issue index="2" name="Size" type="real">
              <range lowerbound="0" upperbound="10"/>
            </issue>
          </objective>
        </utility_space>
      </negotiation_template>
      """;

  private static final String PROFILE =
      """
      <utility_space>
        <objective index="0" name="Toy">
          <weight index="1" value="0.25"/>
          <weight index="2" value="0.75"/>
          <issue index="1" name="Colour" type="discrete">
            <item value="red" evaluation="4"/>
            <item value="blue" evaluation="8"/>
          </issue>
          <issue index="2" name="Size" type="real">
            <evaluator ftype="triangular" parameter0="0" parameter1="10" parameter2="5"/>
          </issue>
        </objective>
        <discount_factor value="0.0"/>
      </utility_space>
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> codes(LoadResult<?> result) {
    return result.diagnostics().stream().map(LocatedDiagnostic::code).toList();
  }

  @Test
  void toyDomain_importsEvaluationsAsGeniusDoes() throws IOException {
    LoadResult<Scenario> result =
        GeniusReader.read(write("toy.xml", DOMAIN), List.of(write("buyer.xml", PROFILE)));
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    Scenario s = result.value();
    assertThat(s.utility().cap()).isEqualTo(1.0);
    assertThat(s.utility().normalizeSaliences()).isFalse();
    IssueStance colour = s.profiles().get(0).stances().get(IssueId.of("Colour"));
    assertThat(colour.utilities().get("red").nominal()).isEqualTo(0.5);
    assertThat(colour.utilities().get("blue").nominal()).isEqualTo(1.0);
    assertThat(colour.salience().nominal()).isEqualTo(0.25);
    assertThat(colour.salience().basis().note()).isEqualTo("GENIUS profile buyer.xml");
    IssueStance size = s.profiles().get(0).stances().get(IssueId.of("Size"));
    assertThat(s.issues().get(1).options())
        .extracting(o -> o.id())
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(size.utilities().get("0").nominal()).isEqualTo(0.0);
    assertThat(size.utilities().get("2").nominal()).isEqualTo(0.4);
    assertThat(size.utilities().get("5").nominal()).isEqualTo(1.0);
    assertThat(size.utilities().get("8").nominal())
        .isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(s.profiles().get(0).patience().nominal()).isEqualTo(1.0);
    assertThat(s.profiles().get(0).reservation().nominal()).isEqualTo(0.0);
    assertThat(s.actors().get(0).id().value()).isEqualTo("buyer");
  }

  @Test
  void discountFactor_appliesToTheWholeSession_andBecomesAFactorPerRound() throws IOException {
    // before, GENIUS's 0.424 for the Laptop domain was read as 0.424 per turn, so 100 turns
    // discounted an agreement by 0.424^100 instead of 0.424
    String discounted =
        PROFILE.replace("<discount_factor value=\"0.0\"/>", "<discount_factor value=\"0.424\"/>");
    Path domain = write("toy.xml", DOMAIN);
    Path profile = write("buyer.xml", discounted);
    ActorProfile p = GeniusReader.read(domain, List.of(profile)).value().profiles().get(0);
    assertThat(p.patiencePeriod()).isEqualTo(DiscountPeriod.ROUND);
    assertThat(p.patience().nominal()).isEqualTo(StrictMath.pow(0.424, 1.0 / 100));
    assertThat(StrictMath.pow(p.patience().nominal(), 100))
        .isCloseTo(0.424, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.patience().basis().note()).contains("whole session").contains("100 rounds");
    ActorProfile shorter =
        GeniusReader.read(domain, List.of(profile), 20).value().profiles().get(0);
    assertThat(shorter.patience().nominal()).isEqualTo(StrictMath.pow(0.424, 1.0 / 20));
  }

  @Test
  void externalEntity_isRefusedWithoutReadingIt() throws IOException {
    Path secret = write("secret.txt", "TOP SECRET");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE utility_space [\n  <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">\n]>\n<utility_space><objective name=\"&xxe;\"/></utility_space>\n";
    LoadResult<Scenario> result = GeniusReader.read(write("xxe.xml", xxe), List.of());
    assertThat(codes(result)).containsExactly("xml-doctype");
    assertThat(result.diagnostics().get(0).position().line()).isBetween(2, 4);
    assertThat(DiagnosticPrinter.format(result.diagnostics())).doesNotContain("TOP SECRET");
  }

  @Test
  void billionLaughs_isRefusedBeforeExpanding() throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append("  <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("  <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        xml.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<utility_space><objective name=\"&lol9;\"/></utility_space>\n");
    LoadResult<Scenario> result = GeniusReader.read(write("lolz.xml", xml.toString()), List.of());
    assertThat(codes(result)).containsExactly("xml-doctype");
  }

  @Test
  void malformedXml_isReportedWithItsLine() throws IOException {
    String bad =
        "<utility_space>\n  <objective name=\"x\">\n    <issue index=\"1\"\n</utility_space>\n";
    LoadResult<Scenario> result = GeniusReader.read(write("bad.xml", bad), List.of());
    assertThat(codes(result)).containsExactly("xml-syntax");
    assertThat(result.diagnostics().get(0).position().line()).isBetween(3, 4);
  }

  @Test
  void unknownIssueType_isAFormatError() throws IOException {
    String domain = DOMAIN.replace("type=\"real\"", "type=\"fuzzy\"");
    LoadResult<Scenario> result =
        GeniusReader.read(write("toy.xml", domain), List.of(write("buyer.xml", PROFILE)));
    assertThat(codes(result)).containsExactly("genius-format");
    assertThat(result.diagnostics().get(0).position().line()).isEqualTo(8);
  }

  @Test
  void profileOfAnotherDomain_isAMismatch() throws IOException {
    String profile = PROFILE.replace("value=\"blue\"", "value=\"green\"");
    LoadResult<Scenario> result =
        GeniusReader.read(write("toy.xml", DOMAIN), List.of(write("buyer.xml", profile)));
    assertThat(codes(result)).containsExactly("genius-mismatch");
    assertThat(result.diagnostics().get(0).file()).endsWith("buyer.xml");
  }

  @Test
  void geniusWebNumericIssue_interpolatesBetweenLowAndHigh() throws IOException {
    Path domain =
        write(
            "d.json",
            "{\"name\": \"d\", \"issuesValues\": {\"price\": {\"range\": {\"low\": 0, \"high\": 10,"
                + " \"step\": 5}}, \"colour\": {\"values\": [\"red\", \"blue\"]}}}");
    Path profile =
        write(
            "p.json",
            "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {\"price\": {\"numberutils\":"
                + " {\"lowValue\": 0, \"lowUtility\": 0.2, \"highValue\": 10, \"highUtility\": 1}},"
                + " \"colour\": {\"DiscreteValueSetUtilities\": {\"valueUtilities\": {\"red\": 1,"
                + " \"blue\": 0.5}}}}, \"issueWeights\": {\"price\": 0.6, \"colour\": 0.4},"
                + " \"reservationBid\": {\"issuevalues\": {\"price\": 5, \"colour\": \"blue\"}}}}");
    LoadResult<Scenario> result = GeniusWebReader.read(domain, List.of(profile));
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    IssueStance price = result.value().profiles().get(0).stances().get(IssueId.of("price"));
    assertThat(price.utilities().get("0").nominal()).isEqualTo(0.2);
    assertThat(price.utilities().get("5").nominal())
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(price.utilities().get("10").nominal()).isEqualTo(1.0);
    assertThat(result.value().profiles().get(0).reservation().nominal())
        .isEqualTo(0.6 * price.utilities().get("5").nominal() + 0.4 * 0.5);
    assertThat(result.value().utility().isCapped()).isFalse();
  }

  @Test
  void geniusWebProfileOfAnotherKind_isAFormatError() throws IOException {
    Path domain =
        write("d.json", "{\"name\": \"d\", \"issuesValues\": {\"a\": {\"values\": [\"x\"]}}}");
    Path profile = write("p.json", "{\"SumOfGroupsUtilitySpace\": {}}");
    assertThat(codes(GeniusWebReader.read(domain, List.of(profile))))
        .containsExactly("geniusweb-format");
  }

  @Test
  void geniusWebBrokenJson_isASyntaxError() throws IOException {
    Path domain =
        write("d.json", "{\"name\": \"d\", \"issuesValues\": {\"a\": {\"values\": [\"x\",]}}}");
    LoadResult<Scenario> result = GeniusWebReader.read(domain, List.of());
    assertThat(codes(result)).containsExactly("json-syntax");
    assertThat(result.diagnostics().get(0).position().line()).isEqualTo(1);
  }

  @Test
  void importOfSomethingElse_isAnUnknownFormat() throws IOException {
    Path text = write("notes.txt", "just some notes\n");
    assertThat(codes(ScenarioImport.read(text, List.of()))).containsExactly("unknown-format");
  }

  @Test
  void detector_tellsTheFormatsApart() throws IOException {
    Path anac = SharedData.resolve("data/anac");
    assertThat(FileFormat.detect(anac.resolve("anac2012-CarB/Car-B-domain.xml")))
        .contains(FileFormat.GENIUS_XML);
    assertThat(FileFormat.detect(anac.resolve("anac2012-CarB/Car-B-prof1.xml")))
        .contains(FileFormat.GENIUS_XML);
    assertThat(FileFormat.detect(anac.resolve("anac2020-Party/party.json")))
        .contains(FileFormat.GENIUSWEB_JSON);
    assertThat(FileFormat.detect(anac.resolve("anac2020-Party/party1.json")))
        .contains(FileFormat.GENIUSWEB_JSON);
    assertThat(FileFormat.detect("parley: 2\nscenario: {id: t}\n"))
        .contains(FileFormat.PARLEY_YAML);
    assertThat(FileFormat.detect("{\"parley\": 1}")).contains(FileFormat.PARLEY_JSON);
    assertThat(FileFormat.detect("<html></html>")).isEqualTo(Optional.empty());
    assertThat(FileFormat.detect("hello")).isEqualTo(Optional.empty());
  }

  @Test
  void categoricalIssue_isImportedUnorderedAndNumericOnesStayOrdered() throws IOException {
    Scenario s =
        GeniusReader.read(write("toy.xml", DOMAIN), List.of(write("buyer.xml", PROFILE)))
            .orElseThrow();
    assertThat(s.issue(IssueId.of("Colour")).orElseThrow().ordered()).isFalse();
    assertThat(s.issue(IssueId.of("Size")).orElseThrow().ordered()).isTrue();
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(yaml).contains("ordered: false");
    assertThat(ScenarioReader.read("toy.yaml", yaml).value()).isEqualTo(s);
  }

  @Test
  void geniusWebValueSet_isImportedUnordered() throws IOException {
    Path anac = SharedData.resolve("data/anac/anac2020-Party");
    Scenario s =
        GeniusWebReader.read(
                anac.resolve("party.json"),
                List.of(anac.resolve("party1.json"), anac.resolve("party2.json")))
            .orElseThrow();
    assertThat(s.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.ordered()).isFalse());
    Path domain =
        write(
            "d.json",
            "{\"name\": \"d\", \"issuesValues\": {\"price\": {\"range\": {\"low\": 0, \"high\": 10,"
                + " \"step\": 5}}}}");
    Path profile =
        write(
            "p.json",
            "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {\"price\": {\"numberutils\":"
                + " {\"lowValue\": 0, \"lowUtility\": 0, \"highValue\": 10, \"highUtility\": 1}}},"
                + " \"issueWeights\": {\"price\": 1}}}");
    assertThat(
            GeniusWebReader.read(domain, List.of(profile)).orElseThrow().issues().get(0).ordered())
        .isTrue();
  }

  @Test
  void missingProfileFile_isUnreadable() throws IOException {
    LoadResult<Scenario> result =
        GeniusReader.read(write("toy.xml", DOMAIN), List.of(dir.resolve("absent.xml")));
    assertThat(codes(result)).containsExactly("file-unreadable");
  }
}
