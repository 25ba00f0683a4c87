package dev.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.forecast.smp.SmpParameters;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KtabReaderTest {
  private static final String GOOD =
      """
      Demo,"A demo, quoted",3,2,
      Actor,Description,Power,Pstn1,Sal1,Pstn2,Sal2,
      A,First,10,50,40,20,30,
      B,Second,20.5,0,100,100,0,
      C,Third,30,75.5,10,25,10,
      """;

  private static List<String> codes(LoadResult<KtabScenario> r) {
    return r.diagnostics().stream().map(LocatedDiagnostic::code).toList();
  }

  @Test
  void read_csvScenario_givesProblemOnPercentScaleAndShares() {
    KtabScenario s = KtabReader.read("demo.csv", GOOD).orElseThrow();
    assertThat(s.name()).isEqualTo("Demo");
    assertThat(s.description()).isEqualTo("A demo, quoted");
    assertThat(s.actorNames()).containsExactly("A", "B", "C");
    assertThat(s.dimensionNames()).containsExactly("Pstn1", "Pstn2");
    assertThat(s.problem().position(2, 0)).isEqualTo(75.5);
    assertThat(s.problem().salience(0, 1)).isEqualTo(0.3);
    assertThat(s.problem().capability(1)).isEqualTo(20.5);
    assertThat(s.parameters()).isNull();
    assertThat(s.accommodation()).isNull();
  }

  @Test
  void isKtab_tellsKtabFilesFromOthers() {
    assertThat(KtabReader.isKtab(GOOD)).isTrue();
    assertThat(KtabReader.isKtab("<Scenario><Actors/></Scenario>")).isTrue();
    assertThat(KtabReader.isKtab("parley: 2\nactors: []\n")).isFalse();
    assertThat(KtabReader.isKtab("Actor,Capability,Position,Salience\nA,1,2,3\n")).isFalse();
  }

  @Test
  void read_badValues_reportsEachWithLineAndColumn() {
    String text =
        """
        Demo,desc,3,1,
        Actor,Description,Power,Pstn1,Sal1,
        A,First,-1,50,40,
        B,Second,x,101,100.5,
        C,Third,1,5,5,
        """;
    LoadResult<KtabScenario> r = KtabReader.read("bad.csv", text);
    assertThat(r.hasErrors()).isTrue();
    assertThat(codes(r))
        .containsExactly(
            "capability-range", "ktab-number", "position-range", "salience-range", "salience-sum");
    LocatedDiagnostic cap = r.diagnostics().get(0);
    assertThat(cap.line()).isEqualTo(3);
    assertThat(cap.column()).isEqualTo(9);
    LocatedDiagnostic pos = r.diagnostics().get(2);
    assertThat(pos.line()).isEqualTo(4);
    assertThat(pos.column()).isEqualTo(12);
  }

  @Test
  void read_wrongLayout_reportsKtabFormat() {
    LoadResult<KtabScenario> r =
        KtabReader.read(
            "short.csv", "Demo,desc,3,2,\nActor,Description,Power,Pstn1,Sal1,\nA,x,1,2,3,\n");
    assertThat(codes(r)).containsExactly("ktab-format");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(2);
    LoadResult<KtabScenario> few =
        KtabReader.read("few.csv", "Demo,desc,2,1,\nActor,Description,Power,P,S,\nA,x,1,2,3,\n");
    assertThat(codes(few)).contains("ktab-format");
  }

  @Test
  void read_extraActorLines_warnsAndIgnoresThem() {
    LoadResult<KtabScenario> r = KtabReader.read("extra.csv", GOOD + "D,Fourth,1,1,1,1,1,\n");
    assertThat(r.hasErrors()).isFalse();
    assertThat(codes(r)).containsExactly("ktab-format");
    assertThat(r.orElseThrow().problem().actorCount()).isEqualTo(3);
  }

  @Test
  void read_xmlScenario_givesParametersAccommodationAndSeed() throws IOException {
    String xml =
        Files.readString(SharedData.resolve("data/ktab/smpExample.xml"), StandardCharsets.UTF_8)
            .replaceFirst("<dCoord></dCoord>", "<dCoord>52.8</dCoord>");
    KtabScenario s = KtabReader.read("smpExample.xml", xml).orElseThrow();
    assertThat(s.seed()).isEqualTo(3507583219545544127L);
    SmpParameters p = s.parameters();
    assertThat(p).isNotNull();
    assertThat(p.election()).isEqualTo(SmpParameters.ElectionModel.MARKOV_INCENTIVE);
    assertThat(p.voting()).isEqualTo(SmpParameters.VotingRule.PROP_CBC);
    double[][] a = s.accommodationMatrix();
    assertThat(a).isNotNull();
    assertThat(a[1][0]).isEqualTo(0.07);
    assertThat(a[1][1]).isEqualTo(0.75);
    assertThat(a[4][4]).isEqualTo(1.0);
    assertThat(s.problem().position(0, 0)).isEqualTo(52.8);
  }

  @Test
  void read_bundledSmpExample_reportsItsEmptyCoordinate() {
    Path file = SharedData.resolve("data/ktab/smpExample.xml");
    LoadResult<KtabScenario> r = KtabReader.read(file);
    assertThat(codes(r)).containsExactly("ktab-number");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(32);
  }

  @Test
  void read_xmlErrors_reportsParameterActorAndAccommodation() {
    String xml =
        """
        <Scenario><name>x</name><desc>d</desc><prngSeed>7</prngSeed>
        <ModelParameters><VictoryProbModel>Linear</VictoryProbModel><PCEModel>Conditional</PCEModel>
        <StateTransitions>Deterministic</StateTransitions><VotingRule>Proportional</VotingRule>
        <BigRAdjust>OneThird</BigRAdjust><BigRRange>Mid</BigRRange>
        <ThirdPartyCommit>SemiCommit</ThirdPartyCommit><InterVecBrgn>S2P2</InterVecBrgn>
        <BargnModel>InitOnlyInterp</BargnModel></ModelParameters>
        <Dimensions><dName>D</dName></Dimensions>
        <Actors>
        <Actor><name>A</name><description>a</description><capability>1</capability>
          <Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        <Actor><name>B</name><description>b</description><capability>1</capability>
          <Position><dCoord>20</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        <Actor><name>C</name><description>c</description><capability>1</capability>
          <Position><dCoord>30</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        </Actors>
        <IdealAdjustment>
          <iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>Z</referencePos><adjust>0.5</adjust></iaPair>
          <iaPair><adjustingIdeal>B</adjustingIdeal><referencePos>A</referencePos><adjust>1.5</adjust></iaPair>
        </IdealAdjustment>
        </Scenario>
        """;
    LoadResult<KtabScenario> r = KtabReader.read("bad.xml", xml);
    assertThat(codes(r)).containsExactly("ktab-parameter", "unknown-actor", "accommodation-range");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test
  void read_malformedXml_reportsXmlSyntax() {
    assertThat(codes(KtabReader.read("m.xml", "<Scenario><Actors></Scenario>")))
        .containsExactly("xml-syntax");
  }
}
