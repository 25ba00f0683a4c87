/**
 * A shallow grammar of English news sentences: closed word classes, quotation spans, appositions,
 * and the rules that find the subject of a verb or the owner of a noun among the actor mentions,
 * including pronouns resolved to the actor in focus.
 */
@NullMarked
package dev.parley.ingest.extract.syntax;

import org.jspecify.annotations.NullMarked;
