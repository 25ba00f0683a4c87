package dev.parley.core.model;

/** What sort of party an actor is. */
public enum ActorKind {
  /** A sovereign state. */
  STATE,
  /** An international or non-governmental organisation, such as NATO or the EU. */
  ORGANIZATION,
  /** A person acting in their own right. */
  PERSON,
  /** A group of actors that bargains as one, such as "the European states". */
  COALITION
}
