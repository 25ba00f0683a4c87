/**
 * Claims across sources: a sentence's claim normalised to who did what (the PLOVER event, its
 * polarity and mode), how much, when and where, with who asserts it; claims about the same thing
 * from different sources grouped, and their disagreements flagged (docs/claims.md).
 */
@NullMarked
package dev.parley.core.claim;

import org.jspecify.annotations.NullMarked;
