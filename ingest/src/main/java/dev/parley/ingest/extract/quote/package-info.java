/**
 * Direct quotations: spans between straight, curly or angle quotation marks (nested and across
 * sentences), attributed to a speaker by cue words and patterns, with scare quotes told apart.
 */
@NullMarked
package dev.parley.ingest.extract.quote;

import org.jspecify.annotations.NullMarked;
