/**
 * Diagnostics placed in files: a core {@link dev.parley.core.validate.Diagnostic} with the file,
 * line and column it was found at, the result of loading a file, and the one printed shape {@code
 * file:line:col: error: [code] message}.
 */
@NullMarked
package dev.parley.io.diagnostic;

import org.jspecify.annotations.NullMarked;
