/**
 * The prediction ledger in files: the standard hedge scale read from its data file, and ledger
 * entries written as JSON (documented by docs/schema/ledger.schema.json).
 */
@NullMarked
package dev.parley.io.ledger;

import org.jspecify.annotations.NullMarked;
