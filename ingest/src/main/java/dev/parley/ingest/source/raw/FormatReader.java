package dev.parley.ingest.source.raw;

/** A reader of one input format: it turns the bytes of an input into documents. */
public interface FormatReader {
  /**
   * Reads the documents an input holds. An input that holds several documents (a feed, a list of
   * posts) may skip a bad entry and report it in the result.
   *
   * @throws InputException if nothing in the input can be read
   */
  ReadResult read(RawInput input) throws InputException;
}
