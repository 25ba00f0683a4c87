/** Readers and writers of scenario and result formats, with line-accurate diagnostics. */
@NullMarked
package dev.parley.io;

import org.jspecify.annotations.NullMarked;
