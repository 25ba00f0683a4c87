/**
 * The drafting use case: a scenario drafted from the evidence of a workspace ({@code parley
 * draft}).
 */
@NullMarked
package dev.parley.app.draft;

import org.jspecify.annotations.NullMarked;
