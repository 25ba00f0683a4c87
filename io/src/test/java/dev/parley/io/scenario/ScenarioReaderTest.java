package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorProfile;
import dev.parley.core.model.Clock;
import dev.parley.core.model.DiscountPeriod;
import dev.parley.core.model.Distribution;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.Scenario;
import dev.parley.core.validate.Assumption;
import dev.parley.core.validate.ModelPath;
import dev.parley.core.validate.ScenarioValidator;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
  static String example() throws IOException {
    try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/scenarios/harbour.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Scenario exampleScenario() throws IOException {
    LoadResult<Scenario> result = ScenarioReader.read("harbour.yaml", example());
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    return result.value();
  }

  @Test
  void example_loadsWithEveryFormOfValue() throws IOException {
    Scenario s = exampleScenario();
    assertThat(s.id()).isEqualTo("harbour-contract");
    assertThat(s.asOf()).hasToString("2026-03-01");
    assertThat(s.utility().normalizeSaliences()).isTrue();
    assertThat(s.utility().isCapped()).isFalse();
    assertThat(s.actors()).hasSize(4);
    assertThat(s.issue(IssueId.of("wage")).orElseThrow().options())
        .extracting(o -> o.id())
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8");
    ActorProfile union = s.profile(ActorId.of("union")).orElseThrow();
    assertThat(union.reservation().distribution())
        .isEqualTo(new Distribution.Uniform(0.25, 0.45, 0.35));
    assertThat(union.capability().distribution())
        .isEqualTo(new Distribution.Uniform(0.4, 0.6, 0.5));
    assertThat(union.patience().distribution())
        .isEqualTo(new Distribution.Triangular(0.85, 0.9, 0.95));
    assertThat(union.patiencePeriod()).isEqualTo(DiscountPeriod.ROUND);
    assertThat(s.roundDays()).isEqualTo(Clock.DEFAULT_ROUND_DAYS);
    assertThat(union.stances().get(IssueId.of("automation")).utilities().get("pilot").nominal())
        .isEqualTo(0.8);
    ActorProfile port = s.profile(ActorId.of("port")).orElseThrow();
    assertThat(port.reservation().distribution())
        .isEqualTo(new Distribution.Normal(0.4, 0.05, 0.2, 0.6));
    assertThat(port.redLines().get(0).forbidden()).isEqualTo(Set.of("6", "7", "8"));
    assertThat(s.levers()).hasSize(2);
  }

  @Test
  void clock_readsRoundDays_andPatiencePerYearUnlessItSaysPerRound() {
    String text =
        """
        parley: 2
        scenario: {id: t, title: T, as_of: 2026-01-01, round_days: 7}
        actors:
          - {id: a, name: A, kind: state}
          - {id: b, name: B, kind: state}
          - {id: c, name: C, kind: state}
        issues:
          - id: x
            name: X
            options:
              - {id: lo, position: 0}
              - {id: hi, position: 100}
        profiles:
          - {actor: a, patience: 0.5, stances: {x: {ideal: 0, salience: 1}}}
          - {actor: b, patience: {range: [0.9, 0.99], per: round}, stances: {x: {ideal: 0, salience: 1}}}
          - {actor: c, patience: {value: 0.8, per: year}, stances: {x: {ideal: 0, salience: 1}}}
        """;
    LoadResult<Scenario> result = ScenarioReader.read("clock.yaml", text);
    assertThat(result.diagnostics()).as(DiagnosticPrinter.format(result.diagnostics())).isEmpty();
    Scenario s = result.value();
    assertThat(s.roundDays()).isEqualTo(7);
    assertThat(s.clock()).isEqualTo(new Clock(java.time.LocalDate.of(2026, 1, 1), 7));
    assertThat(s.profiles())
        .extracting(ActorProfile::patiencePeriod)
        .containsExactly(DiscountPeriod.YEAR, DiscountPeriod.ROUND, DiscountPeriod.YEAR);
    // 0.5 a year is 0.5^(7/365) a 7-day round
    assertThat(s.profiles().get(0).patiencePerRound(s.clock()))
        .isEqualTo(StrictMath.pow(0.5, 7 / 365.0));
    assertThat(s.profiles().get(1).patiencePerRound(s.clock())).isEqualTo((0.9 + 0.99) / 2);
    Scenario again = ScenarioReader.read("again.yaml", ScenarioWriter.toYaml(s)).value();
    assertThat(again).isEqualTo(s);
  }

  @Test
  void example_roundTripsThroughYamlAndJson() throws IOException {
    Scenario s = exampleScenario();
    String yaml = ScenarioWriter.toYaml(s);
    LoadResult<Scenario> fromYaml = ScenarioReader.read("again.yaml", yaml);
    assertThat(fromYaml.diagnostics()).as(yaml).isEmpty();
    assertThat(fromYaml.value()).isEqualTo(s);
    String json = ScenarioWriter.toJson(s);
    LoadResult<Scenario> fromJson = ScenarioReader.read("again.json", json);
    assertThat(fromJson.diagnostics()).as(json).isEmpty();
    assertThat(fromJson.value()).isEqualTo(s);
    assertThat(ScenarioWriter.toYaml(fromYaml.value())).isEqualTo(yaml);
  }

  @Test
  void writer_roundTripsAwkwardStringsAndNumbers() throws IOException {
    Scenario s = exampleScenario();
    Scenario odd =
        new Scenario(
            "odd: id # with \"quotes\"",
            "yes",
            "line one\nline two\ttab \u2028 ünïcode – \\ back",
            null,
            new dev.parley.core.model.UtilityModel(false, 1.0),
            s.actors(),
            s.issues(),
            List.of(
                new ActorProfile(
                    ActorId.of("union"),
                    dev.parley.core.model.Estimate.assumed(1e-7),
                    dev.parley.core.model.Estimate.assumed(0.1 + 0.2),
                    dev.parley.core.model.Estimate.assumed(1.0 / 3),
                    null,
                    java.util.Map.of(),
                    List.of())),
            List.of(),
            s.sources());
    for (String text : List.of(ScenarioWriter.toYaml(odd), ScenarioWriter.toJson(odd))) {
      LoadResult<Scenario> back =
          ScenarioReader.read(text.startsWith("{") ? "o.json" : "o.yaml", text);
      assertThat(back.errors()).as(text).isEmpty();
      assertThat(back.value()).as(text).isEqualTo(odd);
    }
  }

  @Test
  void assumptions_listEveryUnsourcedValueByPath() throws IOException {
    LoadResult<Scenario> result = ScenarioReader.read("harbour.yaml", example());
    List<Assumption> found = ScenarioValidator.assumptions(result.value());
    List<String> paths = found.stream().map(a -> a.where().toString()).toList();
    assertThat(paths)
        .contains(
            "profiles/union/capability",
            "profiles/union/patience",
            "profiles/union/stances/automation/salience",
            "profiles/union/stances/automation/utilities/none",
            "profiles/port/capability",
            "levers/subsidy")
        .doesNotContain(
            "profiles/union/reservation",
            "profiles/union/deadline",
            "profiles/union/stances/wage/salience",
            "profiles/port/stances/automation/salience",
            "profiles/union/red_lines/0",
            "levers/strike-fund");
    assertThat(found.stream().filter(a -> a.where().toString().equals("profiles/union/capability")))
        .singleElement()
        .satisfies(a -> assertThat(a.note()).contains("strike fund"));
    // every assumption can be placed in the file
    for (Assumption a : found) {
      assertThat(result.sourceMap().locate(a.where()).isKnown()).as(a.toString()).isTrue();
    }
    assertThat(result.sourceMap().locate(ModelPath.of("profiles", "union", "capability")))
        .isEqualTo(TextPosition.of(59, 17));
  }

  @Test
  void printer_printsTheOneShape() {
    String text =
        """
        parley: 2
        scenario: {id: t, title: T}
        actors:
          - {id: a, name: A, kind: state}
        issues:
          - id: x
            name: X
            options:
              - {id: lo, position: 0}
              - {id: hi, position: 100}
        profiles:
          - actor: a
            stances:
              x: {ideal: 0, salience: 1.4}
        """;
    LoadResult<Scenario> result = ScenarioReader.read("scenarios/trade.yaml", text);
    assertThat(DiagnosticPrinter.format(result.errors()))
        .isEqualTo(
            """
            scenarios/trade.yaml:14:31: error: [salience-range] salience must be within [0, 1], was 1.4
                hint: saliences are shares of attention; rescale so each actor's sum is 1
                see docs/errors/salience-range.md
            """);
  }

  @Test
  void invalidUtf8_isReportedAtTheFirstBadByte() throws IOException {
    byte[] good = example().getBytes(StandardCharsets.UTF_8);
    int offset = example().indexOf("Harbour contract talks");
    byte[] bad = Arrays.copyOf(good, good.length);
    bad[offset + 3] = (byte) 0xC3;
    bad[offset + 4] = (byte) 0x28;
    LoadResult<Scenario> result = ScenarioReader.read("bad.yaml", bad);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("invalid-encoding");
              assertThat(d.position()).isEqualTo(TextPosition.of(6, 13));
              assertThat(d.diagnostic().message())
                  .contains("0xC3")
                  .contains("byte offset " + (offset + 3));
            });
  }

  @Test
  void byteOrderMarks_areAcceptedForUtf8AndUtf16() throws IOException {
    String text = example();
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text.getBytes(StandardCharsets.UTF_8));
    byte[] utf16le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] utf16be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    Scenario expected = exampleScenario();
    for (byte[] bytes : List.of(utf8, utf16le, utf16be)) {
      LoadResult<Scenario> result = ScenarioReader.read("bom.yaml", bytes);
      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.value()).isEqualTo(expected);
    }
  }

  @Test
  void utf16WithoutBom_isRefusedAsInvalidEncodingOrSyntax() {
    byte[] bytes = "parley: 2\n".getBytes(StandardCharsets.UTF_16LE);
    LoadResult<Scenario> result = ScenarioReader.read("wide.yaml", bytes);
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void formatVersion1_isRefusedWithHowToConvert_notMisread() {
    // version 1 read numeric ideals on 0-100 and bare patience per round; version 2 reads them in
    // the unit and per year, so a version-1 file read as it stands would change its meaning
    LoadResult<Scenario> result =
        ScenarioReader.read("old.yaml", "parley: 1\nscenario: {id: t, title: T}\n");
    assertThat(result.errors()).extracting(LocatedDiagnostic::code).contains("format-version");
    LocatedDiagnostic version =
        result.errors().stream()
            .filter(d -> d.code().equals("format-version"))
            .findFirst()
            .orElseThrow();
    assertThat(version.diagnostic().message())
        .contains("found 1")
        .contains("0-100")
        .contains("per round");
    assertThat(version.diagnostic().hint()).contains("parley: 2");
  }

  @Test
  void emptyFile_isReported() {
    for (String text : List.of("", "   \n\n", "# only a comment\n")) {
      LoadResult<Scenario> result = ScenarioReader.read("empty.yaml", text);
      assertThat(result.errors()).extracting(LocatedDiagnostic::code).containsExactly("empty-file");
    }
  }

  @Test
  void largeFile_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    byte[] filler = new byte[(int) ScenarioReader.MAX_BYTES + 1];
    Arrays.fill(filler, (byte) '#');
    Files.write(big, filler);
    LoadResult<Scenario> result = ScenarioReader.read(big);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("file-too-large");
              assertThat(d.diagnostic().message())
                  .contains(Long.toString(ScenarioReader.MAX_BYTES + 1));
            });
  }

  @Test
  void missingFile_isReportedAsUnreadable(@TempDir Path dir) {
    LoadResult<Scenario> result = ScenarioReader.read(dir.resolve("absent.yaml"));
    assertThat(result.errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("file-unreadable");
    assertThat(result.errors().getFirst().diagnostic().message())
        .isEqualTo("expected a readable file, but there is no such file or folder")
        .doesNotContain("Exception");
  }

  @Test
  void aFolderWhereAFileShouldBe_isNotAFileInWords(@TempDir Path dir) {
    LoadResult<Scenario> result = ScenarioReader.read(dir);
    assertThat(result.errors()).extracting(LocatedDiagnostic::code).containsExactly("not-a-file");
    assertThat(result.errors().getFirst().diagnostic().message()).doesNotContain("java.");
  }

  @Test
  void jsonSyntaxError_isReportedWithItsPosition() {
    String json = "{\n  \"parley\": 2,\n  \"scenario\": {\"id\": \"t\",, \"title\": \"T\"}\n}\n";
    LoadResult<Scenario> result = ScenarioReader.read("bad.json", json);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("json-syntax");
              assertThat(d.position().line()).isEqualTo(3);
            });
  }

  @Test
  void jsonDuplicateKey_isReported() {
    String json =
        "{\"parley\": 2, \"parley\": 2, \"scenario\": {\"id\": \"t\", \"title\": \"T\"},"
            + " \"actors\": [], \"issues\": []}";
    LoadResult<Scenario> result = ScenarioReader.read("dup.json", json);
    assertThat(result.errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("duplicate-key");
  }

  @Test
  void deepNesting_isRefused() {
    String text = "parley: 2\nx: " + "[".repeat(200) + "]".repeat(200) + "\n";
    LoadResult<Scenario> result = ScenarioReader.read("deep.yaml", text);
    assertThat(result.errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("nesting-depth");
    String json = "{\"parley\": 2, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThat(ScenarioReader.read("deep.json", json).errors())
        .extracting(LocatedDiagnostic::code)
        .containsExactly("nesting-depth");
  }

  @Test
  void tooManyAliases_areRefused() {
    StringBuilder text = new StringBuilder("parley: 2\nv: &v 1\nlist: [");
    for (int i = 0; i < 150; i++) {
      text.append(i == 0 ? "" : ", ").append("*v");
    }
    text.append("]\n");
    LoadResult<Scenario> result = ScenarioReader.read("aliases.yaml", text.toString());
    assertThat(result.errors()).extracting(LocatedDiagnostic::code).containsExactly("yaml-alias");
  }

  @Test
  void aliasesWithinTheBudget_areExpanded() throws IOException {
    String text =
        """
        parley: 2
        scenario: {id: t, title: T}
        actors:
          - {id: a, name: A, kind: state}
          - {id: b, name: B, kind: state}
        issues:
          - {id: x, name: X, options: [{id: lo, position: 0}, {id: hi, position: 100}]}
        profiles:
          - actor: a
            stances:
              x: &same {ideal: 30, salience: 1}
          - actor: b
            stances:
              x: *same
        """;
    LoadResult<Scenario> result = ScenarioReader.read("alias.yaml", text);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.value().profile(ActorId.of("b")).orElseThrow().stances())
        .isEqualTo(result.value().profile(ActorId.of("a")).orElseThrow().stances());
  }

  @Test
  void undefinedAlias_isReported() {
    LoadResult<Scenario> result = ScenarioReader.read("alias.yaml", "parley: 2\nx: *nowhere\n");
    assertThat(result.errors()).extracting(LocatedDiagnostic::code).containsExactly("yaml-alias");
  }

  @Test
  void secondDocument_isASyntaxError() {
    LoadResult<Scenario> result = ScenarioReader.read("two.yaml", "parley: 2\n---\nparley: 2\n");
    assertThat(result.errors()).extracting(LocatedDiagnostic::code).containsExactly("yaml-syntax");
  }

  @Test
  void mutatedExamples_neverThrowAndNeverHalfLoad() throws IOException {
    long seed = Long.getLong("parley.seed", 20260301L);
    Random random = new Random(seed);
    byte[] original = example().getBytes(StandardCharsets.UTF_8);
    String alphabet = "{}[]:,-#&*!|>'\"\n \t0123456789.abcxyz\u00e9";
    for (int trial = 0; trial < 400; trial++) {
      byte[] bytes = Arrays.copyOf(original, original.length);
      int edits = 1 + random.nextInt(4);
      String text = new String(bytes, StandardCharsets.UTF_8);
      StringBuilder mutated = new StringBuilder(text);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(mutated.length());
        switch (random.nextInt(3)) {
          case 0 -> mutated.deleteCharAt(at);
          case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String input = mutated.toString();
      LoadResult<Scenario> result;
      try {
        result = ScenarioReader.read("mutant.yaml", input);
      } catch (RuntimeException ex) {
        throw new AssertionError(
            "reproduce with: ./mvnw -pl io test -Dtest=ScenarioReaderTest#mutatedExamples_neverThrowAndNeverHalfLoad -Dparley.seed="
                + seed
                + " (trial "
                + trial
                + ")",
            ex);
      }
      if (result.hasErrors()) {
        assertThat(result.value()).isNull();
        assertThat(result.errors()).isNotEmpty();
      } else {
        assertThat(ScenarioValidator.validate(result.value()).stream().anyMatch(d -> d.isError()))
            .isFalse();
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
