package dev.parley.io.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.core.model.Scenario;
import dev.parley.io.FileFormat;
import dev.parley.io.ScenarioImport;
import dev.parley.io.bdm.BdmReader;
import dev.parley.io.deu.DeuReader;
import dev.parley.io.diagnostic.DiagnosticPrinter;
import dev.parley.io.diagnostic.LoadResult;
import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.diagnostic.TextPosition;
import dev.parley.io.genius.GeniusReader;
import dev.parley.io.geniusweb.GeniusWebReader;
import dev.parley.io.ktab.KtabReader;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.testkit.ProjectFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: every reader reads only regular files within bounds, and every malformed input is a
 * located input error, never an internal error (an exception out of the reader).
 */
class Issue12ReadersTest {
  @TempDir Path dir;

  private static final String GENIUS_DOMAIN =
      """
      <negotiation_template>
        <utility_space number_of_issues="1">
          <objective index="0" name="Toy" type="objective">
            <issue index="1" name="Colour" type="discrete">
              <item index="1" value="red"/>
              <item index="2" value="blue"/>
            </issue>
          </objective>
        </utility_space>
      </negotiation_template>
      """;

  private static final String GENIUS_PROFILE =
      """
      <utility_space>
        <objective index="0" name="Toy">
          <weight index="1" value="1.0"/>
          <issue index="1" name="Colour" type="discrete">
            <item value="red" evaluation="4"/>
            <item value="blue" evaluation="8"/>
          </issue>
        </objective>
      </utility_space>
      """;

  private static final String GENIUSWEB_DOMAIN =
      "{\"name\": \"d\", \"issuesValues\": {\"colour\": {\"values\": [\"red\", \"blue\"]}}}";

  private static final String GENIUSWEB_PROFILE =
      "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {\"colour\": {\"discreteutils\":"
          + " {\"valueUtilities\": {\"red\": 0.5, \"blue\": 1}}}}, \"issueWeights\":"
          + " {\"colour\": 1}}}";

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<String> codes(LoadResult<?> result) {
    return result.diagnostics().stream().map(LocatedDiagnostic::code).toList();
  }

  /** Every reader of a file, by name: the path given is the file under test. */
  private Map<String, Function<Path, LoadResult<?>>> readers() throws IOException {
    Path domain = write("domain.xml", GENIUS_DOMAIN);
    Path profile = write("profile.xml", GENIUS_PROFILE);
    Path webDomain = write("web-domain.json", GENIUSWEB_DOMAIN);
    Path webProfile = write("web-profile.json", GENIUSWEB_PROFILE);
    Map<String, Function<Path, LoadResult<?>>> readers = new LinkedHashMap<>();
    readers.put("scenario", ScenarioReader::read);
    readers.put("import", p -> ScenarioImport.read(p, List.of(profile)));
    readers.put("genius domain", p -> GeniusReader.read(p, List.of(profile)));
    readers.put("genius profile", p -> GeniusReader.read(domain, List.of(p)));
    readers.put("geniusweb domain", p -> GeniusWebReader.read(p, List.of(webProfile)));
    readers.put("geniusweb profile", p -> GeniusWebReader.read(webDomain, List.of(p)));
    readers.put("ktab", KtabReader::read);
    readers.put("deu", DeuReader::read);
    readers.put("bdm", BdmReader::read);
    return readers;
  }

  // ---- finding 1: only regular files, read within bounds ----

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fifo_isRefusedByEveryReaderWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    for (var reader : readers().entrySet()) {
      LoadResult<?> result = reader.getValue().apply(fifo);
      assertThat(codes(result)).as(reader.getKey()).containsExactly("not-a-file");
      assertThat(result.diagnostics().get(0).file()).isEqualTo(fifo.toString());
    }
    assertThat(FileFormat.detect(fifo)).isEmpty();
    assertThat(KtabReader.isKtab(fifo)).isFalse();
  }

  @Test
  void device_isRefusedByEveryReaderWithoutReading() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists").isTrue();
    for (var reader : readers().entrySet()) {
      assertThat(codes(reader.getValue().apply(zero)))
          .as(reader.getKey())
          .containsExactly("not-a-file");
    }
    assertThat(FileFormat.detect(zero)).isEmpty();
    assertThat(KtabReader.isKtab(zero)).isFalse();
  }

  @Test
  void folder_isNotAFileInEveryReader() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
    for (var reader : readers().entrySet()) {
      assertThat(codes(reader.getValue().apply(folder)))
          .as(reader.getKey())
          .containsExactly("not-a-file");
    }
  }

  @Test
  void missingFile_isUnreadableInEveryReader() throws Exception {
    Path missing = dir.resolve("absent.txt");
    for (var reader : readers().entrySet()) {
      assertThat(codes(reader.getValue().apply(missing)))
          .as(reader.getKey())
          .containsExactly("file-unreadable");
    }
  }

  @Test
  void ktabFileOverItsLimit_isTooLargeWithoutBeingRead() throws Exception {
    byte[] big = new byte[(int) KtabReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThat(codes(KtabReader.read(write("big.csv", big)))).containsExactly("file-too-large");
  }

  // ---- finding 2: a 0-byte or BOM-only file is empty-file in every reader ----

  @ParameterizedTest
  @ValueSource(strings = {"", "EFBBBF", "FEFF", "FFFE", "EFBBBF20200A", "FEFF0020000A"})
  void emptyOrBomOnlyFile_isEmptyFileInEveryReader(String hex) throws Exception {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    for (var reader : readers().entrySet()) {
      Path file = write("empty-" + reader.getKey().replace(' ', '-') + ".txt", bytes);
      LoadResult<?> result = reader.getValue().apply(file);
      assertThat(codes(result))
          .as(reader.getKey() + ": " + DiagnosticPrinter.format(result.diagnostics()))
          .containsExactly("empty-file");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EFBBBF", "FEFF", "FFFE"})
  void emptyOrBomOnlyBytes_areEmptyFileInEveryBytesEntryPoint(String hex) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    assertThat(codes(ScenarioReader.read("s.yaml", bytes))).containsExactly("empty-file");
    assertThat(codes(ScenarioReader.read("s.json", bytes))).containsExactly("empty-file");
    assertThat(codes(KtabReader.read("k.csv", bytes))).containsExactly("empty-file");
    assertThat(codes(DeuReader.read("d.csv", bytes))).containsExactly("empty-file");
    assertThat(codes(BdmReader.read("b.csv", bytes))).containsExactly("empty-file");
  }

  // ---- finding 3: a character outside the BMP anywhere in a YAML file ----

  @Test
  void nonBmpCharacter_atEveryOffsetAroundTheParsersBuffer_parsesAsWithout() throws Exception {
    String harbour =
        Files.readString(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"));
    Scenario plain = ScenarioReader.read("harbour.yaml", harbour).orElseThrow();
    String emoji = "\uD83D\uDE00";
    for (int offset : new int[] {1022, 1023, 1024, 1025, 1026, 2048, 2049, 2050, 3074}) {
      // in a comment: the high surrogate at UTF-16 offset `offset`
      String comment = "#" + "x".repeat(offset - 1) + emoji + "\n" + harbour;
      assertThat(comment.indexOf(emoji)).isEqualTo(offset);
      LoadResult<Scenario> read = ScenarioReader.read("c.yaml", comment);
      assertThat(read.diagnostics()).as("comment at %d", offset).isEmpty();
      assertThat(read.value()).isEqualTo(plain);
      // in a value
      String title = "  title: Harbour contract talks\n";
      int at = harbour.indexOf(title) + "  title: ".length();
      String padded = "x".repeat(Math.max(0, offset - at)) + emoji;
      String value = harbour.replace(title, "  title: " + padded + "\n");
      assertThat(value.indexOf(emoji)).isEqualTo(offset);
      LoadResult<Scenario> withTitle = ScenarioReader.read("v.yaml", value);
      assertThat(withTitle.diagnostics()).as("value at %d", offset).isEmpty();
      assertThat(withTitle.value().title()).isEqualTo(padded);
      // in a key: an unknown key, reported as such
      String key = "# " + "x".repeat(offset - 3) + "\n" + emoji + "k: 1\n" + harbour;
      assertThat(key.indexOf(emoji)).isEqualTo(offset);
      assertThat(codes(ScenarioReader.read("k.yaml", key)))
          .as("key at %d", offset)
          .containsExactly("unknown-key");
    }
  }

  @Test
  void loneSurrogateAtTheEnd_isASyntaxErrorNotAnException() {
    String text = "parley: 2\n#" + "x".repeat(1020) + "\uD83D";
    LoadResult<Scenario> result = ScenarioReader.read("s.yaml", text);
    assertThat(result.hasErrors()).isTrue();
  }

  // ---- finding 4: a blank stance key ----

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\" \"", "\"\\t\""})
  void blankStanceKey_isALocatedDiagnostic(String key) throws Exception {
    String harbour =
        Files.readString(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"));
    String stance = "      shifts: {ideal: 0, salience: 0.2}\n";
    assertThat(harbour).contains(stance);
    String text = harbour.replace(stance, stance + "      " + key + ": {ideal: 0, salience: 0}\n");
    LoadResult<Scenario> result = ScenarioReader.read("blank.yaml", text);
    assertThat(codes(result)).containsExactly("unknown-issue");
    LocatedDiagnostic d = result.errors().get(0);
    int line = (int) text.substring(0, text.indexOf(stance) + stance.length()).lines().count() + 1;
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.column()).isEqualTo(7);
  }

  @Test
  void blankIdsElsewhere_areLocatedDiagnostics() throws Exception {
    String harbour =
        Files.readString(ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"));
    String redLine = "      - issue: automation\n        reject: [full]\n";
    assertThat(harbour).contains(redLine);
    String blankRedLine =
        harbour.replace(redLine, "      - issue: \" \"\n        reject: [full]\n");
    assertThat(ScenarioReader.read("r.yaml", blankRedLine).hasErrors()).isTrue();
    String utilities = "utilities: {none: 1, pilot: 0.8, phased: 0.4, full: 0}";
    assertThat(harbour).contains(utilities);
    String blankOption =
        harbour.replace(utilities, "utilities: {none: 1, pilot: 0.8, phased: 0.4, \" \": 0}");
    assertThat(ScenarioReader.read("o.yaml", blankOption).hasErrors()).isTrue();
  }

  // ---- finding 5: counts read from a file are range-checked before anything is allocated ----

  @ParameterizedTest
  @ValueSource(ints = {2147483646, 2147483647, 1073741824, 1073741823, 100_000_000})
  void ktabDimensionCountBeyondTheHeader_isAFormatError(int dimensions) {
    String csv =
        "Demo,A demo,3,"
            + dimensions
            + "\nActor,Description,Power,Pstn1,Sal1\nA,a,1,50,50\nB,b,1,0,50\nC,c,1,100,50\n";
    LoadResult<?> result = KtabReader.read("k.csv", csv);
    assertThat(codes(result)).containsExactly("ktab-format");
    assertThat(result.diagnostics().get(0).position()).isEqualTo(TextPosition.of(1, 15));
  }

  @Test
  void ktabXmlWithTooManyActors_isAFormatErrorBeforeAllocating() {
    StringBuilder xml = new StringBuilder("<Scenario><name>n</name><desc>d</desc>");
    xml.append("<prngSeed>1</prngSeed><Dimensions>");
    xml.append("<dName>d</dName>".repeat(20_000)).append("</Dimensions><Actors>");
    xml.append("<Actor><name>a</name></Actor>".repeat(20_000)).append("</Actors></Scenario>");
    LoadResult<?> result = KtabReader.read("k.xml", xml.toString());
    assertThat(codes(result)).contains("ktab-format");
  }

  // ---- finding 6: GENIUS diagnostics ----

  @Test
  void geniusProfileValue_isReportedAtTheProfilesLine() throws Exception {
    Path domain = write("domain.xml", GENIUS_DOMAIN);
    Path profile =
        write(
            "heavy.xml",
            GENIUS_PROFILE.replace(
                "<weight index=\"1\" value=\"1.0\"/>", "<weight index=\"1\"" + " value=\"5\"/>"));
    LoadResult<Scenario> result = GeniusReader.read(domain, List.of(profile));
    LocatedDiagnostic salience =
        result.errors().stream().filter(d -> d.code().equals("salience-range")).findFirst().get();
    assertThat(salience.file()).isEqualTo(profile.toString());
    assertThat(salience.line()).isEqualTo(3);
    assertThat(salience.column()).isPositive();
  }

  @Test
  void geniusWebProfileValue_isReportedAtTheProfilesLine() throws Exception {
    Path domain = write("d.json", GENIUSWEB_DOMAIN);
    Path profile =
        write(
            "p.json",
            GENIUSWEB_PROFILE.replace(
                "\"issueWeights\": {\"colour\": 1}", "\n\"issueWeights\": {\"colour\": -3}"));
    LoadResult<Scenario> result = GeniusWebReader.read(domain, List.of(profile));
    LocatedDiagnostic salience =
        result.errors().stream().filter(d -> d.code().equals("salience-range")).findFirst().get();
    assertThat(salience.file()).isEqualTo(profile.toString());
    assertThat(salience.line()).isEqualTo(2);
  }

  @Test
  void hugeAttributeValue_isEchoedShortened() throws Exception {
    Path domain = write("domain.xml", GENIUS_DOMAIN);
    String huge = "9".repeat(10) + "x".repeat(1_000_000);
    Path profile =
        write("huge.xml", GENIUS_PROFILE.replace("value=\"1.0\"", "value=\"" + huge + "\""));
    LoadResult<Scenario> result = GeniusReader.read(domain, List.of(profile));
    assertThat(codes(result)).containsExactly("genius-format");
    String printed = DiagnosticPrinter.format(result.diagnostics());
    assertThat(printed.length()).isLessThan(600);
    assertThat(printed).contains("9999999999xxx").contains("…");
  }

  @Test
  void longValues_areEchoedShortenedByEveryReader() throws Exception {
    String huge = "y".repeat(100_000);
    String ktab =
        "Demo,A demo,3,1\nActor,Description,Power,Pstn1,Sal1\nA,a,"
            + huge
            + ",50,50\nB,b,1,0,50\nC,c,1,100,50\n";
    String bdm = "Actor,Capability,Position,Salience\nA,1,2," + huge + "\nB,1,3,0.5\n";
    String deu = "prnr\tisnr\tout\tpcom\tscom\n1\t1\t50\t" + huge + "\t50\n";
    String scenario = "parley: 2\n" + huge + ": 1\n";
    Map<String, LoadResult<?>> results = new LinkedHashMap<>();
    results.put("ktab", KtabReader.read("k.csv", ktab));
    results.put("bdm", BdmReader.read("b.csv", bdm.getBytes(StandardCharsets.UTF_8)));
    results.put("deu", DeuReader.read("d.csv", deu.getBytes(StandardCharsets.UTF_8)));
    results.put("scenario", ScenarioReader.read("s.yaml", scenario));
    for (var r : results.entrySet()) {
      assertThat(r.getValue().diagnostics()).as(r.getKey()).isNotEmpty();
      for (LocatedDiagnostic d : r.getValue().diagnostics()) {
        assertThat(d.diagnostic().message().length() + d.diagnostic().hint().length())
            .as(r.getKey() + ": " + d.code())
            .isLessThan(400);
      }
    }
  }

  @Test
  void invalidUtf8InXml_isALocatedEncodingErrorWithNothingOnStandardError() throws Exception {
    byte[] bytes = GENIUS_DOMAIN.getBytes(StandardCharsets.UTF_8);
    int at = GENIUS_DOMAIN.indexOf("red");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    Path domain = write("bad.xml", bytes);
    Path profile = write("profile.xml", GENIUS_PROFILE);
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    LoadResult<Scenario> result;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      result = GeniusReader.read(domain, List.of(profile));
    } finally {
      System.setErr(stderr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(codes(result)).containsExactly("invalid-encoding");
    assertThat(result.diagnostics().get(0).line()).isEqualTo(5);
  }

  @Test
  void utf16GeniusDomainWithBom_isReadAsTheUtf8One() throws Exception {
    Path profile = write("profile.xml", GENIUS_PROFILE);
    Scenario utf8 =
        ScenarioImport.read(write("toy.xml", GENIUS_DOMAIN), List.of(profile)).orElseThrow();
    String declared = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + GENIUS_DOMAIN;
    for (var charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      byte[] bom = charset == StandardCharsets.UTF_16BE ? new byte[] {-2, -1} : new byte[] {-1, -2};
      byte[] body = declared.getBytes(charset);
      byte[] bytes = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, bytes, 0, 2);
      System.arraycopy(body, 0, bytes, 2, body.length);
      Path domain = dir.resolve("toy-" + charset.name() + ".xml");
      Files.write(domain, bytes);
      assertThat(FileFormat.detect(domain)).contains(FileFormat.GENIUS_XML);
      LoadResult<Scenario> read = ScenarioImport.read(domain, List.of(profile));
      assertThat(read.diagnostics()).as(DiagnosticPrinter.format(read.diagnostics())).isEmpty();
      assertThat(read.value().issues()).isEqualTo(utf8.issues());
      assertThat(read.value().profiles()).isEqualTo(utf8.profiles());
    }
  }

  @Test
  void latin1DeclaredXml_isStillRead() throws Exception {
    String latin =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
            + GENIUS_DOMAIN.replace("name=\"Toy\"", "name=\"Caf\u00e9\"");
    Path domain = write("latin.xml", latin.getBytes(StandardCharsets.ISO_8859_1));
    Path profile = write("profile.xml", GENIUS_PROFILE);
    LoadResult<Scenario> read = GeniusReader.read(domain, List.of(profile));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value().title()).isEqualTo("Caf\u00e9");
  }

  static boolean mkfifo(Path path) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).start();
      return process.waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }
}
