package dev.parley.ingest.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of speech each frequent word took in the training data: its ambiguity class.
 *
 * <p>A word (by the hash of its normal form, {@link WordHashes}) seen at least {@link #MIN_COUNT}
 * times maps to the set of tags it took in at least {@link #MIN_SHARE} of them, as a bit mask over
 * {@link Upos} numbers; other words map to 0. The tagger uses the classes of a word and of its
 * neighbours as features, which lets a left-to-right tagger look at what the next words can be.
 */
final class TagDictionary {
  static final int MIN_COUNT = 2;
  static final double MIN_SHARE = 0.05;

  private final long[] keys;
  private final int[] masks;

  private TagDictionary(long[] keys, int[] masks) {
    this.keys = keys;
    this.masks = masks;
  }

  /** Returns the ambiguity class of each word of a sentence. */
  int[] classes(WordHashes words) {
    int[] out = new int[words.size];
    for (int i = 0; i < words.size; i++) {
      int at = Arrays.binarySearch(keys, words.normal[i]);
      out[i] = at >= 0 ? masks[at] : 0;
    }
    return out;
  }

  int size() {
    return keys.length;
  }

  /** Builds the dictionary of the given sentences. */
  static TagDictionary of(List<TreebankSentence> sentences) {
    Map<Long, int[]> counts = new HashMap<>();
    for (TreebankSentence sentence : sentences) {
      WordHashes words = new WordHashes(sentence.forms().toArray(String[]::new));
      for (int i = 0; i < words.size; i++) {
        int[] c = counts.computeIfAbsent(words.normal[i], k -> new int[Tagger.TAGS + 1]);
        c[sentence.tags().get(i).index()]++;
        c[Tagger.TAGS]++;
      }
    }
    long[] keys =
        counts.entrySet().stream()
            .filter(e -> e.getValue()[Tagger.TAGS] >= MIN_COUNT)
            .mapToLong(Map.Entry::getKey)
            .sorted()
            .toArray();
    int[] masks = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      int[] c = counts.getOrDefault(keys[k], new int[Tagger.TAGS + 1]);
      for (int t = 0; t < Tagger.TAGS; t++) {
        if (c[t] > 0 && c[t] >= MIN_SHARE * c[Tagger.TAGS]) {
          masks[k] |= 1 << t;
        }
      }
    }
    return new TagDictionary(keys, masks);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(keys.length);
    long last = 0;
    for (int k = 0; k < keys.length; k++) {
      out.writeLong(keys[k] - last);
      last = keys[k];
      out.writeInt(masks[k]);
    }
  }

  static TagDictionary read(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("expected a tag dictionary of at most 10 M words, but found " + count);
    }
    long[] keys = new long[count];
    int[] masks = new int[count];
    long last = 0;
    for (int k = 0; k < count; k++) {
      last += in.readLong();
      keys[k] = last;
      masks[k] = in.readInt();
      if (k > 0 && keys[k] <= keys[k - 1]) {
        throw new IOException("expected the dictionary's words in increasing order");
      }
    }
    return new TagDictionary(keys, masks);
  }
}
