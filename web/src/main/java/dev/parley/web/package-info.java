/**
 * {@code parley serve}: the workbench page and its API over app's use cases, on Javalin
 * (docs/adr/0013, docs/serve.md).
 */
@NullMarked
package dev.parley.web;

import org.jspecify.annotations.NullMarked;
