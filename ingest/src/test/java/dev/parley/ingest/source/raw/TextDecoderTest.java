package dev.parley.ingest.source.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String SAMPLE = "Café “quoted” – naïve €5";

  @Test
  void decode_readsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));

    assertThat(d.text()).isEqualTo(SAMPLE);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void decode_stripsUtf8Bom() {
    byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(TextDecoder.decode(bytes).text()).isEqualTo(SAMPLE);
  }

  @Test
  void decode_readsUtf16WithBom() {
    byte[] le = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_16BE);

    assertThat(TextDecoder.decode(le).text()).isEqualTo(SAMPLE);
    assertThat(TextDecoder.decode(be).text()).isEqualTo(SAMPLE);
  }

  @Test
  void decode_fallsBackToWindows1252_forBytesThatAreNotUtf8() {
    byte[] bytes = SAMPLE.getBytes(Charset.forName("windows-1252"));

    TextDecoder.Decoded d = TextDecoder.decode(bytes);

    assertThat(d.text()).isEqualTo(SAMPLE);
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void decode_readsIso88591_asItsWindows1252Superset() {
    String latin = "Zürich, señor, garçon";
    byte[] bytes = latin.getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextDecoder.decode(bytes).text()).isEqualTo(latin);
  }

  @Test
  void decode_followsHtmlMetaCharset_whenBytesAreNotUtf8() {
    String html = "<html><head><meta charset=\"koi8-r\"></head><body>Привет, мир</body></html>";
    byte[] bytes = html.getBytes(Charset.forName("koi8-r"));

    assertThat(TextDecoder.decode(bytes).text()).isEqualTo(html);
  }

  @Test
  void declaredCharset_readsXmlDeclaration() {
    byte[] xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(TextDecoder.declaredCharset(xml)).isEqualTo(Charset.forName("ISO-8859-15"));
  }
}
