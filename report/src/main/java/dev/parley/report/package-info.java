/**
 * {@code parley report}: a scenario's analyses, as app's {@code MakeReport} returns them, turned
 * into one self-contained HTML file with SVG charts, and the same as PDF (docs/adr/0011).
 */
@NullMarked
package dev.parley.report;

import org.jspecify.annotations.NullMarked;
