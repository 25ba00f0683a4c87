/**
 * The prediction ledger use cases: the ledger of a workspace's extracted predictions ({@code parley
 * ledger}).
 */
@NullMarked
package dev.parley.app.ledger;

import org.jspecify.annotations.NullMarked;
