package dev.parley.ingest.source.feed;

import dev.parley.ingest.content.BodyBuilder;
import dev.parley.ingest.content.Bylines;
import dev.parley.ingest.content.ContentExtractor;
import dev.parley.ingest.content.Dates;
import dev.parley.ingest.content.ExtractedContent;
import dev.parley.ingest.content.Outlets;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.source.raw.FormatReader;
import dev.parley.ingest.source.raw.InputException;
import dev.parley.ingest.source.raw.InputProblem;
import dev.parley.ingest.source.raw.RawInput;
import dev.parley.ingest.source.raw.ReadResult;
import dev.parley.ingest.source.raw.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds: every item or entry becomes a document. The body is
 * the entry's full content ({@code content:encoded}, Atom {@code content}) when the feed carries
 * it, and its summary ({@code description}, Atom {@code summary}) otherwise; the entry's link is
 * kept as its URL so that a summary can be followed up.
 */
public final class FeedReader implements FormatReader {
  private final ContentExtractor extractor = new ContentExtractor();

  /** Creates a reader. */
  public FeedReader() {}

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String xml = TextDecoder.decode(input.bytes()).text();
    org.jsoup.nodes.Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
    Element atom = feed.selectFirst("feed");
    boolean isAtom = atom != null && feed.selectFirst("rss, rdf|RDF, channel") == null;
    List<Element> entries = isAtom ? feed.select("entry") : feed.select("item");
    if (entries.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "empty-feed",
              "expected at least one "
                  + (isAtom ? "<entry>" : "<item>")
                  + " in the feed but found none",
              "check that the file is a complete RSS or Atom feed"));
    }
    String feedTitle =
        isAtom ? childText(atom, "title") : childText(feed.selectFirst("channel"), "title");
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = Integer.toString(i + 1);
      try {
        documents.add(
            isAtom
                ? atomEntry(input.origin() + "#" + entry, entries.get(i), feedTitle)
                : rssItem(input.origin() + "#" + entry, entries.get(i), feedTitle));
      } catch (InputException e) {
        problems.add(e.problem().inEntry(entry));
      }
    }
    if (documents.isEmpty()) {
      throw new InputException(problems.get(0));
    }
    return new ReadResult(documents, problems);
  }

  private Document rssItem(String origin, Element item, @Nullable String feedTitle)
      throws InputException {
    String link = childText(item, "link");
    String html = first(childText(item, "content|encoded"), childText(item, "description"));
    String author = first(childText(item, "dc|creator"), childText(item, "author"));
    DocumentMetadata metadata =
        new DocumentMetadata(
            plain(childText(item, "title")),
            author == null ? null : Bylines.author(author),
            Dates.parse(first(childText(item, "pubDate"), childText(item, "dc|date"))),
            feedTitle != null ? BodyBuilder.collapse(feedTitle) : Outlets.fromUrl(link),
            link,
            null);
    return document(origin, html, metadata, SourceFormat.RSS);
  }

  private Document atomEntry(String origin, Element entry, @Nullable String feedTitle)
      throws InputException {
    Element linkElement = entry.selectFirst("link[rel=alternate], link:not([rel])");
    String link = linkElement == null ? null : linkElement.attr("href");
    Element content = entry.selectFirst("content");
    String html = content == null ? null : contentOf(content);
    if (html == null || html.isBlank()) {
      Element summary = entry.selectFirst("summary");
      html = summary == null ? null : contentOf(summary);
    }
    Element author = entry.selectFirst("author > name");
    DocumentMetadata metadata =
        new DocumentMetadata(
            plain(childText(entry, "title")),
            author == null ? null : BodyBuilder.collapse(author.text()),
            Dates.parse(first(childText(entry, "published"), childText(entry, "updated"))),
            feedTitle != null ? BodyBuilder.collapse(feedTitle) : Outlets.fromUrl(link),
            link == null || link.isBlank() ? null : link,
            null);
    return document(origin, html, metadata, SourceFormat.ATOM);
  }

  private Document document(
      String origin, @Nullable String html, DocumentMetadata metadata, SourceFormat format)
      throws InputException {
    if (html == null || html.isBlank()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected content or a summary in the feed entry but found neither",
              "the entry carries only a link; fetch the linked page and read it as HTML"));
    }
    ExtractedContent content = extractor.extractFragment(html, metadata);
    if (content.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected text in the feed entry's content but found only markup",
              "fetch the linked page and read it as HTML"));
    }
    return content.toDocument(origin, format);
  }

  private static String contentOf(Element content) {
    String type = content.attr("type");
    if (type.equals("xhtml")) {
      return content.html();
    }
    if (type.equals("text")) {
      return Parser.unescapeEntities(content.text(), false)
          .replace("&", "&amp;")
          .replace("<", "&lt;");
    }
    return content.text();
  }

  private static @Nullable String childText(@Nullable Element parent, String tag) {
    if (parent == null) {
      return null;
    }
    for (Element child : parent.children()) {
      if (child.tagName().equalsIgnoreCase(tag.replace('|', ':'))) {
        String text = child.text();
        return text.isBlank() ? null : text.strip();
      }
    }
    return null;
  }

  private static @Nullable String plain(@Nullable String htmlOrText) {
    if (htmlOrText == null) {
      return null;
    }
    String s = ContentExtractor.plainText(htmlOrText);
    return s.isEmpty() ? null : s;
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
