/**
 * What the GENIUS and GeniusWeb readers share: building issues, actors and stances from the numbers
 * of another tool's files, loading those files within limits, and locating the validator's findings
 * in the domain or profile file they came from.
 */
@NullMarked
package dev.parley.io.internal.interchange;

import org.jspecify.annotations.NullMarked;
