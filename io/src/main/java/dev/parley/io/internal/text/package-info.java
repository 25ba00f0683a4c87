/**
 * Text handling shared by the readers: decoding file bytes with exact positions of bad bytes, and
 * suggestions for misspelt names.
 */
@NullMarked
package dev.parley.io.internal.text;

import org.jspecify.annotations.NullMarked;
