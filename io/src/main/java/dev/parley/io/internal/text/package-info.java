/**
 * Text handling shared by the readers: reading input files through {@link
 * dev.parley.io.file.InputFiles} with every failure as a diagnostic, decoding file bytes with exact
 * positions of bad bytes, and the short form in which messages repeat what they found.
 */
@NullMarked
package dev.parley.io.internal.text;

import org.jspecify.annotations.NullMarked;
