package dev.parley.ingest.content;

import dev.parley.ingest.document.DocumentMetadata;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metadata an HTML page states in its head, structured data and markup: title, author,
 * publication date, outlet, canonical URL and language.
 */
final class HtmlMetadata {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HtmlMetadata() {}

  static DocumentMetadata of(Document page, @Nullable String url) {
    JsonNode ld = jsonLdArticle(page);
    String title =
        first(
            meta(page, "meta[property=og:title]"),
            meta(page, "meta[name=twitter:title]"),
            ld == null ? null : text(ld.get("headline")),
            textOf(page.selectFirst("h1")),
            page.title());
    String author =
        first(
            Bylines.cleanName(meta(page, "meta[name=author]")),
            Bylines.cleanName(meta(page, "meta[property=article:author]")),
            ld == null ? null : Bylines.cleanName(authorName(ld.get("author"))),
            Bylines.cleanName(meta(page, "meta[name=parsely-author]")),
            bylineInMarkup(page));
    LocalDate published =
        firstDate(
            meta(page, "meta[property=article:published_time]"),
            ld == null ? null : text(ld.get("datePublished")),
            meta(page, "meta[name=pubdate]"),
            meta(page, "meta[name=publishdate]"),
            meta(page, "meta[name=date]"),
            meta(page, "meta[name=dc.date]"),
            meta(page, "meta[name=DC.date.issued]"),
            meta(page, "meta[name=parsely-pub-date]"),
            meta(page, "meta[itemprop=datePublished]"),
            attr(page.selectFirst("[itemprop=datePublished]"), "datetime"),
            attr(page.selectFirst("time[datetime]"), "datetime"));
    String pageUrl =
        first(
            url,
            meta(page, "meta[property=og:url]"),
            attr(page.selectFirst("link[rel=canonical]"), "href"));
    String outlet =
        first(
            meta(page, "meta[property=og:site_name]"),
            ld == null ? null : publisherName(ld.get("publisher")),
            Outlets.fromUrl(pageUrl));
    String language = null;
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isEmpty()) {
      lang = meta(page, "meta[http-equiv=content-language]") instanceof String s ? s : "";
    }
    if (lang.length() >= 2
        && Character.isLetter(lang.charAt(0))
        && Character.isLetter(lang.charAt(1))) {
      language = lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    return new DocumentMetadata(
        title == null ? null : BodyBuilder.collapse(title),
        author,
        published,
        outlet,
        pageUrl,
        language);
  }

  private static @Nullable String bylineInMarkup(Document page) {
    Element e =
        page.selectFirst(
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name, .author");
    if (e == null) {
      return null;
    }
    String t = BodyBuilder.collapse(e.text());
    if (t.isEmpty() || HtmlBlocks.countWords(t) > 10) {
      return null;
    }
    return Bylines.author(t);
  }

  private static @Nullable JsonNode jsonLdArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode found;
      try {
        found = findArticle(JSON.readTree(script.data()));
      } catch (RuntimeException e) {
        continue;
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable JsonNode findArticle(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    String t = type == null ? "" : type.toString();
    if (t.contains("Article") || t.contains("BlogPosting") || t.contains("Report")) {
      return node;
    }
    return findArticle(node.get("@graph"));
  }

  private static @Nullable String authorName(@Nullable JsonNode author) {
    if (author == null) {
      return null;
    }
    if (author.isArray()) {
      return author.isEmpty() ? null : authorName(author.get(0));
    }
    if (author.isObject()) {
      return text(author.get("name"));
    }
    return text(author);
  }

  private static @Nullable String publisherName(@Nullable JsonNode publisher) {
    if (publisher == null) {
      return null;
    }
    return publisher.isObject() ? text(publisher.get("name")) : text(publisher);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String s = node.asString();
    return s == null || s.isBlank() ? null : s;
  }

  private static @Nullable String meta(Document page, String selector) {
    Element e = page.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String content = e.attr("content");
    return content.isBlank() ? null : content.strip();
  }

  private static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name);
    return v.isBlank() ? null : v.strip();
  }

  private static @Nullable String textOf(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text();
    return t.isBlank() ? null : t;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable LocalDate firstDate(@Nullable String... values) {
    for (String v : values) {
      LocalDate d = Dates.parse(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
