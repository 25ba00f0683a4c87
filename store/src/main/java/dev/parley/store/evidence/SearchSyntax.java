package dev.parley.store.evidence;

/** How the text of a full-text search is read. */
public enum SearchSyntax {
  /**
   * Every word is a term the sentence must contain; operators ({@code AND}, {@code OR}, {@code
   * NOT}), quotes, brackets and other special characters are ordinary text.
   */
  LITERAL,
  /**
   * Lucene's classic query syntax: {@code AND}, {@code OR}, {@code NOT}, {@code +}, {@code -},
   * {@code "phrases"}, parentheses, wildcards ({@code *}, {@code ?}) and fuzzy terms ({@code ~});
   * words without an operator must all match. Regular expressions ({@code /.../}) are refused.
   */
  LUCENE
}
