/**
 * Problems found in user input, reported as data: each {@link dev.parley.core.validate.Diagnostic}
 * has a stable code, a place in the model, a message and a hint. Core reports where in the model a
 * problem is; the reader that parsed the file maps that place to a line and column.
 */
@NullMarked
package dev.parley.core.validate;

import org.jspecify.annotations.NullMarked;
