package dev.parley.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.io.internal.text.DecodedText;
import dev.parley.io.internal.text.TextDecoder;

/**
 * Any bytes decode to text or to a located {@code invalid-encoding}, never to an exception. Runs
 * its corpus as a regression test; {@code JAZZER_FUZZ=1} fuzzes it (docs/reliability.md).
 */
class TextDecoderFuzzTest {
  @FuzzTest(maxDuration = "60s", maxExecutions = 200000)
  void decode_anyBytes_givesTextOrALocatedFailure(byte[] bytes) {
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.text() == null) {
      assertThat(decoded.code()).isNotBlank();
      assertThat(decoded.message()).isNotBlank();
    }
  }
}
