/**
 * Evidence drawn from documents, and the provenance that ties every extracted fact to the exact
 * characters of the document it came from and to the extractor that found it.
 */
@NullMarked
package dev.parley.core.evidence;

import org.jspecify.annotations.NullMarked;
