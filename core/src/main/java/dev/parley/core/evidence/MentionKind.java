package dev.parley.core.evidence;

/** How a stretch of text refers to an actor. */
public enum MentionKind {
  /** A proper name or a registered alias, such as "Vladimir Putin" or "NATO". */
  NAME,
  /** A name preceded by a title, such as "German Chancellor Friedrich Merz". */
  TITLED_NAME,
  /** A place or building standing for a state, such as "the Kremlin" or "Kyiv". */
  METONYM,
  /** A demonym or a state body named by one, such as "Russian" or "the Russian delegation". */
  DEMONYM,
  /** A definite description resolved within the document, such as "the Russian leader". */
  DESCRIPTION,
  /** A group of actors named as one, such as "European leaders" or "the West". */
  COLLECTIVE
}
