/**
 * What the GENIUS and GeniusWeb readers share: building issues, actors and stances from the numbers
 * of another tool's files, and loading those files within limits.
 */
@NullMarked
package dev.parley.io.internal.interchange;

import org.jspecify.annotations.NullMarked;
