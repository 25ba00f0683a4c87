package dev.parley.ingest.parse;

/**
 * The hashes of one sentence's words that the tagger and parser use as feature values.
 *
 * <p>Each array has one entry per word. The normal form is the word in lower case with every digit
 * written 0, so that "1,250" and "3,400" share a form; affixes are taken from the normal form; the
 * shape writes X for an upper-case letter, x for a lower-case one, d for a digit and keeps other
 * characters, collapsing runs ("Xxxx" becomes "Xx", "d,ddd" becomes "d,d"). Before all that,
 * typographic punctuation takes the plain form the treebank mostly uses (EWT's web text has 69
 * curly quotation marks and apostrophes in 204,577 words; news has them everywhere): ‘ ’ ‛ become
 * ', “ ” „ become ", an en or em dash becomes --, and … becomes ..., so that "n’t" is "n't".
 */
final class WordHashes {
  static final long BEFORE = Hashing.string("\u0002<s>");
  static final long AFTER = Hashing.string("\u0003</s>");

  final int size;
  final long[] exact;
  final long[] normal;
  final long[] prefix1;
  final long[] suffix2;
  final long[] suffix3;
  final long[] suffix4;
  final long[] shape;

  WordHashes(String[] forms) {
    size = forms.length;
    exact = new long[size];
    normal = new long[size];
    prefix1 = new long[size];
    suffix2 = new long[size];
    suffix3 = new long[size];
    suffix4 = new long[size];
    shape = new long[size];
    StringBuilder norm = new StringBuilder();
    StringBuilder shp = new StringBuilder();
    for (int i = 0; i < size; i++) {
      String form = plain(forms[i]);
      norm.setLength(0);
      shp.setLength(0);
      char lastClass = 0;
      for (int k = 0; k < form.length(); k++) {
        char ch = form.charAt(k);
        char cls;
        if (Character.isDigit(ch)) {
          norm.append('0');
          cls = 'd';
        } else {
          norm.append(Character.toLowerCase(ch));
          cls = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : ch;
        }
        if (cls != lastClass) {
          shp.append(cls);
        }
        lastClass = cls;
      }
      int n = norm.length();
      exact[i] = Hashing.string(form);
      normal[i] = Hashing.string(norm);
      prefix1[i] = Hashing.string(norm, 0, Math.min(1, n));
      suffix2[i] = Hashing.string(norm, Math.max(0, n - 2), n);
      suffix3[i] = Hashing.string(norm, Math.max(0, n - 3), n);
      suffix4[i] = Hashing.string(norm, Math.max(0, n - 4), n);
      shape[i] = Hashing.string(shp);
    }
  }

  /** Returns the word with typographic quotes, apostrophes, dashes and ellipses made plain. */
  static String plain(String form) {
    StringBuilder out = null;
    for (int k = 0; k < form.length(); k++) {
      char ch = form.charAt(k);
      String replacement =
          switch (ch) {
            case '\u2018', '\u2019', '\u201B' -> "'";
            case '\u201C', '\u201D', '\u201E' -> "\"";
            case '\u2013', '\u2014' -> "--";
            case '\u2026' -> "...";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(form.length() + 2).append(form, 0, k);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(ch);
        }
      }
    }
    return out == null ? form : out.toString();
  }

  /** Returns the normal form's hash of word {@code i}, or a padding value outside the sentence. */
  long normalAt(int i) {
    return i < 0 ? BEFORE : i >= size ? AFTER : normal[i];
  }

  /** Returns the three-letter suffix's hash of word {@code i}, or a padding value. */
  long suffix3At(int i) {
    return i < 0 ? BEFORE : i >= size ? AFTER : suffix3[i];
  }

  /** Returns the shape's hash of word {@code i}, or a padding value. */
  long shapeAt(int i) {
    return i < 0 ? BEFORE : i >= size ? AFTER : shape[i];
  }
}
