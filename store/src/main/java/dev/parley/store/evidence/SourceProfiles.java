package dev.parley.store.evidence;

import dev.parley.core.evidence.SourceRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The source rules Parley ships: the data file {@code dev/parley/core/evidence/source-rules.tsv} in
 * parley-core, read once (docs/claims.md#source-profiles).
 */
public final class SourceProfiles {
  /** The resource that holds the rules, beside {@link SourceRules}. */
  public static final String RESOURCE = "source-rules.tsv";

  private static final SourceRules RULES = SourceRules.parse(table());

  private SourceProfiles() {}

  /** Returns the standard source rules. */
  public static SourceRules rules() {
    return RULES;
  }

  /** Returns the text of the rules' data file. */
  public static String table() {
    try (InputStream in = SourceRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected the resource "
                + RESOURCE
                + " beside SourceRules in parley-core, but found none");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("expected to read " + RESOURCE + ", but reading failed", e);
    }
  }
}
