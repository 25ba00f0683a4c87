package dev.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detect_readsMagicBytes() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(utf8("hello"));
    }

    assertThat(FormatDetector.detect(gz.toByteArray(), "a.txt")).isEqualTo(InputKind.GZIP);
    assertThat(FormatDetector.detect(utf8("%PDF-1.7\n..."), "a.txt")).isEqualTo(InputKind.PDF);
    assertThat(FormatDetector.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, "a.html"))
        .isEqualTo(InputKind.BINARY);
    assertThat(FormatDetector.detect(new byte[] {'a', 'b', 0, 'c'}, null))
        .isEqualTo(InputKind.BINARY);
  }

  @Test
  void detect_readsLeadingMarkers_notTheExtension() {
    assertThat(FormatDetector.detect(utf8("  {\"id\": 1}"), "post.txt")).isEqualTo(InputKind.JSON);
    assertThat(FormatDetector.detect(utf8("[{\"id\": 1}]"), null)).isEqualTo(InputKind.JSON);
    assertThat(
            FormatDetector.detect(utf8("<?xml version=\"1.0\"?><rss><channel/></rss>"), "a.html"))
        .isEqualTo(InputKind.FEED);
    assertThat(FormatDetector.detect(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"), null))
        .isEqualTo(InputKind.FEED);
    assertThat(FormatDetector.detect(utf8("<!DOCTYPE html><html><body/></html>"), "a.json"))
        .isEqualTo(InputKind.HTML);
    assertThat(FormatDetector.detect(utf8("Just some words."), "a.html")).isEqualTo(InputKind.TEXT);
  }

  @Test
  void detect_usesExtension_onlyWhenContentLeavesItOpen() {
    byte[] bytes = utf8("Intro line\n<p>Then markup.</p>");

    assertThat(FormatDetector.detect(bytes, "page.html")).isEqualTo(InputKind.HTML);
    assertThat(FormatDetector.detect(bytes, "page.txt")).isEqualTo(InputKind.TEXT);
  }

  @Test
  void detect_seesUtf16TextAsText_notBinary() {
    byte[] bytes = "\uFEFF{\"id\":1}".getBytes(StandardCharsets.UTF_16LE);

    assertThat(FormatDetector.detect(bytes, null)).isEqualTo(InputKind.JSON);
  }

  @Test
  void detect_callsBlankInputEmpty() {
    assertThat(FormatDetector.detect(new byte[0], null)).isEqualTo(InputKind.EMPTY);
    assertThat(FormatDetector.detect(utf8(" \n\t "), null)).isEqualTo(InputKind.EMPTY);
  }
}
