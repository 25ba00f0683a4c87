package dev.parley.io.internal.delimited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import dev.parley.io.internal.delimited.DelimitedText.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTextTest {
  @TempDir Path dir;

  @Test
  void parse_splitsFieldsAndKeepsTheirColumns() {
    List<Row> rows = DelimitedText.parse("a, b ,\"c,d\"\r\n\n x,\"say \"\"hi\"\"\",\n", ',');
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(0).fields())
        .extracting(DelimitedText.Field::text)
        .containsExactly("a", "b", "c,d");
    assertThat(rows.get(0).fields())
        .extracting(DelimitedText.Field::column)
        .containsExactly(1, 3, 7);
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).fields())
        .extracting(DelimitedText.Field::text)
        .containsExactly("x", "say \"hi\"", "");
  }

  @Test
  void parse_readsTabsAndAnUnclosedQuoteToTheEndOfItsLine() {
    List<Row> rows = DelimitedText.parse("\"1\"\t\t\"open\tstill\nnext", '\t');
    assertThat(rows.get(0).fields())
        .extracting(DelimitedText.Field::text)
        .containsExactly("1", "", "open\tstill");
    assertThat(rows.get(1).text(0)).isEqualTo("next");
    assertThat(rows.get(1).text(5)).isEmpty();
  }

  @Test
  void number_acceptsDecimalsOnly() {
    assertThat(DelimitedText.number("12")).isEqualTo(12);
    assertThat(DelimitedText.number("-0.5")).isEqualTo(-0.5);
    assertThat(DelimitedText.number(".25")).isEqualTo(0.25);
    assertThat(DelimitedText.number("1e-3")).isEqualTo(0.001);
    for (String bad : List.of("", "abc", "NaN", "Infinity", "0x1p3", "1.0d", "1,5", "1e999")) {
      assertThat(DelimitedText.number(bad)).as(bad).isNaN();
    }
  }

  @Test
  void read_reportsMissingEmptyAndUndecodableFiles() throws Exception {
    List<LocatedDiagnostic> sink = new ArrayList<>();
    assertThat(DelimitedText.read(dir.resolve("absent.csv"), ',', 100, "a table", sink)).isNull();
    Path empty = Files.writeString(dir.resolve("empty.csv"), " \n\n", StandardCharsets.UTF_8);
    assertThat(DelimitedText.read(empty, ',', 100, "a table", sink)).isNull();
    Path big = Files.writeString(dir.resolve("big.csv"), "x".repeat(101), StandardCharsets.UTF_8);
    assertThat(DelimitedText.read(big, ',', 100, "a table", sink)).isNull();
    Path latin = Files.write(dir.resolve("latin.csv"), new byte[] {'a', ',', (byte) 0xE9, '\n'});
    assertThat(DelimitedText.read(latin, ',', 100, "a table", sink)).isNull();
    assertThat(sink)
        .extracting(LocatedDiagnostic::code)
        .containsExactly("file-unreadable", "empty-file", "file-too-large", "invalid-encoding");
    assertThat(sink.get(3).line()).isEqualTo(1);
  }
}
