/**
 * Readers and writers of scenario formats, with line-accurate diagnostics: {@link
 * dev.parley.io.FileFormat} tells formats apart by content, and {@link
 * dev.parley.io.ScenarioImport} imports a GENIUS or GeniusWeb domain with its profiles. The own
 * format lives in {@code dev.parley.io.scenario}.
 */
@NullMarked
package dev.parley.io;

import org.jspecify.annotations.NullMarked;
