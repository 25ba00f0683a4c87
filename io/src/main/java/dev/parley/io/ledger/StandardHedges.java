package dev.parley.io.ledger;

import dev.parley.core.ledger.HedgeScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The hedge scale Parley ships: the data file {@code dev/parley/core/ledger/hedge-scale.tsv} in
 * parley-core, read once. Its numbers and their sources are in docs/ledger.md and
 * docs/adr/0010-prediction-ledger.md.
 */
public final class StandardHedges {
  /** The resource that holds the scale, beside {@link HedgeScale}. */
  public static final String RESOURCE = "hedge-scale.tsv";

  private static final HedgeScale SCALE = load();

  private StandardHedges() {}

  /** Returns the standard hedge scale. */
  public static HedgeScale scale() {
    return SCALE;
  }

  /** Returns the text of the scale's data file. */
  public static String table() {
    try (InputStream in = HedgeScale.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "expected the resource "
                + RESOURCE
                + " beside HedgeScale in parley-core, but found none");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("expected to read " + RESOURCE + ", but reading failed", e);
    }
  }

  private static HedgeScale load() {
    return HedgeScale.parse(table());
  }
}
