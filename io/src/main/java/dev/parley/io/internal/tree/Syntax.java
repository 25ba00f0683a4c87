package dev.parley.io.internal.tree;

/** The syntax a document is written in. */
public enum Syntax {
  /** YAML 1.2. */
  YAML,
  /** JSON. */
  JSON;

  /** Returns the code of a syntax error in this syntax. */
  public String syntaxErrorCode() {
    return this == YAML ? "yaml-syntax" : "json-syntax";
  }

  /** Returns the syntax's name as users write it. */
  public String displayName() {
    return this == YAML ? "YAML" : "JSON";
  }
}
