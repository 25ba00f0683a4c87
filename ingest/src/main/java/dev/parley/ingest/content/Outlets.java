package dev.parley.ingest.content;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The outlet a document comes from, named by the host of its address when nothing better is known.
 */
public final class Outlets {
  private Outlets() {}

  /**
   * Returns the outlet a URL's host names: the host without a leading {@code www.}, such as {@code
   * apnews.com}; null when the URL has no host.
   */
  public static @Nullable String fromUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null || host.isEmpty()) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
