/** The {@code parley} command: parses arguments, calls the application layer, prints results. */
@NullMarked
package dev.parley.cli;

import org.jspecify.annotations.NullMarked;
