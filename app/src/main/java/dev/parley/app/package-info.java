/** The use cases the command line and the web call: validate, import, analyse. */
@NullMarked
package dev.parley.app;

import org.jspecify.annotations.NullMarked;
