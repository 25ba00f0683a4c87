package dev.parley.ingest.content;

import dev.parley.ingest.document.DocumentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** What one pass over the page found: meta values by key, and the first of a few elements. */
  private static final class Scan {
    final Map<String, String> meta = new HashMap<>();
    final List<Element> jsonLd = new ArrayList<>();
    @Nullable Element h1;
    @Nullable Element canonical;
    @Nullable Element itemDate;
    @Nullable Element time;
    @Nullable Element relAuthor;
    @Nullable Element itemAuthor;
    @Nullable Element bylineClass;
    @Nullable JsonNode ld;
    boolean ldParsed;

    Scan(Document page) {
      for (Element e : page.getAllElements()) {
        switch (e.normalName()) {
          case "meta" -> {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
              for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = e.attr(key);
                if (!k.isEmpty()) {
                  meta.putIfAbsent(key + ":" + k.toLowerCase(Locale.ROOT), content);
                }
              }
            }
          }
          case "script" -> {
            if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
              jsonLd.add(e);
            }
          }
          case "h1" -> h1 = h1 == null ? e : h1;
          case "link" -> {
            if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
              canonical = e;
            }
          }
          case "time" -> {
            if (time == null && e.hasAttr("datetime")) {
              time = e;
            }
          }
          default -> {}
        }
        if (e.hasAttr("itemprop")) {
          String prop = e.attr("itemprop");
          if (itemDate == null && prop.equals("datePublished")) {
            itemDate = e;
          } else if (itemAuthor == null && prop.equals("author")) {
            itemAuthor = e;
          }
        }
        if (relAuthor == null && e.attr("rel").equals("author")) {
          relAuthor = e;
        }
        if (bylineClass == null && e.hasAttr("class")) {
          String cls = e.className();
          if (cls.contains("byline") || cls.contains("author")) {
            for (String c : e.classNames()) {
              if (c.equals("byline") || c.equals("author-name") || c.equals("author")) {
                bylineClass = e;
                break;
              }
            }
          }
        }
      }
    }

    @Nullable String meta(String key) {
      return meta.get(key.toLowerCase(Locale.ROOT));
    }

    @Nullable JsonNode ld() {
      if (!ldParsed) {
        ldParsed = true;
        ld = jsonLdArticle(jsonLd);
      }
      return ld;
    }

    @Nullable String ld(String field) {
      JsonNode node = ld();
      return node == null ? null : text(node.get(field));
    }
  }

  static DocumentMetadata of(Document page, @Nullable String url) {
    Scan scan = new Scan(page);
    String title = scan.meta("property:og:title");
    if (title == null) {
      title = first(scan.meta("name:twitter:title"), scan.ld("headline"));
    }
    if (title == null) {
      title = first(textOf(scan.h1), page.title());
    }
    String author =
        first(
            Bylines.cleanName(scan.meta("name:author")),
            Bylines.cleanName(scan.meta("property:article:author")));
    if (author == null) {
      JsonNode ld = scan.ld();
      author =
          first(
              ld == null ? null : Bylines.cleanName(authorName(ld.get("author"))),
              Bylines.cleanName(scan.meta("name:parsely-author")),
              bylineInMarkup(scan));
    }
    LocalDate published = Dates.parse(scan.meta("property:article:published_time"));
    if (published == null) {
      published =
          firstDate(
              scan.ld("datePublished"),
              scan.meta("name:pubdate"),
              scan.meta("name:publishdate"),
              scan.meta("name:date"),
              scan.meta("name:dc.date"),
              scan.meta("name:dc.date.issued"),
              scan.meta("name:parsely-pub-date"),
              scan.meta("itemprop:datePublished"),
              attr(scan.itemDate, "datetime"),
              attr(scan.time, "datetime"));
    }
    String pageUrl = first(url, scan.meta("property:og:url"), attr(scan.canonical, "href"));
    String outlet = scan.meta("property:og:site_name");
    if (outlet == null) {
      JsonNode ld = scan.ld();
      outlet =
          first(ld == null ? null : publisherName(ld.get("publisher")), Outlets.fromUrl(pageUrl));
    }
    String language = null;
    Element html = page.firstElementChild();
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isEmpty()) {
      String declared = scan.meta("http-equiv:content-language");
      lang = declared == null ? "" : declared;
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

  private static @Nullable String bylineInMarkup(Scan scan) {
    Element e = scan.relAuthor;
    if (e == null) {
      e = scan.itemAuthor;
      if (e != null) {
        Element name = e.selectFirst("[itemprop=name]");
        e = name != null ? name : e;
      }
    }
    if (e == null) {
      e = scan.bylineClass;
    }
    if (e == null) {
      return null;
    }
    String t = BodyBuilder.collapse(e.text());
    if (t.isEmpty() || HtmlBlocks.countWords(t) > 10) {
      return null;
    }
    return Bylines.author(t);
  }

  private static @Nullable JsonNode jsonLdArticle(List<Element> scripts) {
    for (Element script : scripts) {
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
