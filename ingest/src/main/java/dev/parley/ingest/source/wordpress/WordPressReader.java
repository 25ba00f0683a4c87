package dev.parley.ingest.source.wordpress;

import dev.parley.ingest.content.BodyBuilder;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads WordPress REST API JSON ({@code /wp-json/wp/v2/posts}): one post, or a list of posts.
 *
 * <p>The body is {@code content.rendered} with its tags removed, entities decoded and no-break
 * spaces made plain; the title is {@code title.rendered}, the date {@code date}, the URL {@code
 * link}. The numeric {@code author} field is an id, not a byline, so the author is read only from
 * embedded author data ({@code _embedded.author[0].name}).
 */
public final class WordPressReader implements FormatReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ContentExtractor extractor = new ContentExtractor();

  /** Creates a reader. */
  public WordPressReader() {}

  /** Returns whether a parsed JSON value looks like a WordPress post or a list of posts. */
  public static boolean isWordPress(JsonNode node) {
    JsonNode post = node.isArray() && !node.isEmpty() ? node.get(0) : node;
    return post.isObject() && post.path("content").has("rendered");
  }

  @Override
  public ReadResult read(RawInput input) throws InputException {
    String text = TextDecoder.decode(input.bytes()).text();
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      InputProblem problem =
          InputProblem.of(
              "malformed-json",
              "expected well-formed JSON but found: " + e.getOriginalMessage(),
              "the file may be truncated; download the post again");
      if (where != null && where.getLineNr() > 0) {
        problem = problem.at(where.getLineNr(), Math.max(1, where.getColumnNr()));
      }
      throw new InputException(problem, e);
    }
    if (root == null || root.isMissingNode() || !isWordPress(root)) {
      throw new InputException(
          InputProblem.of(
              "unsupported-json",
              "expected a WordPress post (an object with content.rendered) or a list of them, but"
                  + " found another JSON document",
              "Parley reads JSON from the WordPress REST API (/wp-json/wp/v2/posts)"));
    }
    if (!root.isArray()) {
      return ReadResult.of(post(input.origin(), root));
    }
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String entry = Integer.toString(i + 1);
      try {
        documents.add(post(input.origin() + "#" + entry, root.get(i)));
      } catch (InputException e) {
        problems.add(e.problem().inEntry(entry));
      }
    }
    if (documents.isEmpty() && !problems.isEmpty()) {
      throw new InputException(problems.get(0));
    }
    return new ReadResult(documents, problems);
  }

  private Document post(String origin, JsonNode post) throws InputException {
    String html = string(post.path("content").path("rendered"));
    if (html == null || html.isBlank()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected the post's content.rendered to hold the article but found it empty",
              "request the post with context=view so that WordPress renders its content"));
    }
    String rawTitle = string(post.path("title").path("rendered"));
    String title = rawTitle == null ? null : ContentExtractor.plainText(rawTitle);
    String link = string(post.path("link"));
    String author = string(post.path("_embedded").path("author").path(0).path("name"));
    String outlet = string(post.path("yoast_head_json").path("og_site_name"));
    DocumentMetadata metadata =
        new DocumentMetadata(
            title == null || title.isEmpty() ? null : title,
            author == null ? null : BodyBuilder.collapse(author),
            Dates.parse(string(post.path("date"))),
            outlet != null ? outlet : Outlets.fromUrl(link),
            link,
            null);
    ExtractedContent content = extractor.extractFragment(html, metadata);
    if (content.isEmpty()) {
      throw new InputException(
          InputProblem.of(
              "no-article",
              "expected text in the post's content.rendered but found only markup",
              "check that the post is an article and not an embed or gallery"));
    }
    return content.toDocument(origin, SourceFormat.WORDPRESS_JSON);
  }

  private static @Nullable String string(JsonNode node) {
    return node.isString() ? node.stringValue() : null;
  }
}
