package dev.parley.cli.issues;

import static dev.parley.cli.ParleyCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.cli.ParleyCommandTest;
import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the readers seen from the command line: hostile or malformed input files are input
 * errors at the file (exit 2, a code in brackets, no stack trace), never internal errors (exit 1)
 * and never a command that blocks.
 */
class Issue12ReadersTest {
  @TempDir Path dir;

  private static final Path HARBOUR =
      ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml");

  private static void assertInputError(ParleyCommandTest.Run r, String code) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: [" + code + "]")
        .doesNotContain("internal error")
        .doesNotContain("Exception");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void deviceOrFifo_isNotAFileInEveryCommandThatReadsOne() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor() == 0 && Files.exists(fifo)).as("mkfifo works").isTrue();
    Path csv = Files.writeString(dir.resolve("p.xml"), "<utility_space/>");
    for (String path : List.of(fifo.toString(), "/dev/zero")) {
      assertInputError(run("validate", path), "not-a-file");
      assertInputError(run("analyze", path), "not-a-file");
      assertInputError(run("forecast", path), "not-a-file");
      assertInputError(run("evaluate", "deu", path), "not-a-file");
      assertInputError(run("import", path, csv.toString()), "not-a-file");
    }
  }

  @Test
  void utf16BomOnlyFile_isEmptyFileInEveryCommandThatReadsOne() throws Exception {
    for (byte[] bom : List.of(new byte[] {-2, -1}, new byte[] {-1, -2})) {
      for (List<String> command :
          List.of(
              List.of("validate", "s.yaml"),
              List.of("analyze", "s.yaml"),
              List.of("forecast", "k.csv"),
              List.of("evaluate", "deu", "d.csv"),
              List.of("import", "g.xml", "p.xml"),
              List.of("import", "gw.json", "p.json"))) {
        String[] args = command.toArray(String[]::new);
        for (int a = 1; a < args.length; a++) {
          if (args[a].contains(".")) {
            args[a] = Files.write(dir.resolve(args[a]), bom).toString();
          }
        }
        assertInputError(run(args), "empty-file");
      }
    }
  }

  @Test
  void emojiAtTheYamlReadersBufferBoundary_validates() throws Exception {
    String harbour = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    String text = "#" + "x".repeat(1023) + "\uD83D\uDE00\n" + harbour;
    Path file = Files.writeString(dir.resolve("emoji.yaml"), text, StandardCharsets.UTF_8);
    ParleyCommandTest.Run r = run("validate", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void blankStanceKey_isAnInputErrorAtItsLine() throws Exception {
    String harbour = Files.readString(HARBOUR, StandardCharsets.UTF_8);
    String stance = "      shifts: {ideal: 0, salience: 0.2}\n";
    Path file =
        Files.writeString(
            dir.resolve("blank.yaml"),
            harbour.replace(stance, stance + "      \" \": {ideal: 0, salience: 0}\n"));
    ParleyCommandTest.Run r = run("validate", file.toString());
    assertInputError(r, "unknown-issue");
    assertThat(r.err()).containsPattern("blank\\.yaml:\\d+:7: error: \\[unknown-issue\\]");
  }

  @Test
  void ktabDimensionCountNearTwoToThe31_isAnInputError() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("k.csv"),
            "Demo,A demo,3,2147483646\nActor,Description,Power,Pstn1,Sal1\n"
                + "A,a,1,50,50\nB,b,1,0,50\nC,c,1,100,50\n");
    assertInputError(run("forecast", file.toString()), "ktab-format");
  }

  @Test
  void utf16GeniusDomain_imports() throws Exception {
    String domain =
        """
        <?xml version="1.0" encoding="UTF-16"?>
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
    String profile =
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
    Path d = Files.write(dir.resolve("toy.xml"), domain.getBytes(StandardCharsets.UTF_16));
    Path p1 = Files.writeString(dir.resolve("buyer.xml"), profile);
    Path p2 = Files.writeString(dir.resolve("seller.xml"), profile.replace("\"4\"", "\"9\""));
    ParleyCommandTest.Run r = run("import", d.toString(), p1.toString(), p2.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Colour");
  }
}
