package dev.parley.io.internal.xml;

import dev.parley.io.diagnostic.LocatedDiagnostic;
import org.jspecify.annotations.Nullable;

/**
 * A parsed XML document, or the reason it could not be parsed.
 *
 * @param root the root element, or null on failure
 * @param failure the problem, or null on success
 */
public record XmlResult(@Nullable XmlElement root, @Nullable LocatedDiagnostic failure) {}
