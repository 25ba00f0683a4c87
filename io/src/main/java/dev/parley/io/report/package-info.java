/**
 * Analysis results as JSON for machines, in a stable, documented layout (docs/schema/) whose
 * bargaining quantities carry the names of the ANAC reference files.
 */
@NullMarked
package dev.parley.io.report;

import org.jspecify.annotations.NullMarked;
