package dev.parley.ingest.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of a linear classifier over hashed features, stored sparsely by row.
 *
 * <p>Row {@code r} holds the weights of the classes {@code classes[start[r] .. start[r+1])}; rows
 * and classes without weight take no space. The stored form quantises each weight to a 16-bit
 * integer times one scale per model; a weight that rounds to zero is dropped. Reads are lock-free
 * and the arrays are never written after construction, so one model serves any number of threads.
 */
final class LinearModel {
  final int bits;
  final int classCount;
  private final float scale;
  private final int[] start;
  private final byte[] classes;
  private final float[] weights;

  private LinearModel(
      int bits, int classCount, float scale, int[] start, byte[] classes, float[] weights) {
    this.bits = bits;
    this.classCount = classCount;
    this.scale = scale;
    this.start = start;
    this.classes = classes;
    this.weights = weights;
  }

  /** Adds the weights of the given rows to {@code scores} (which has one entry per class). */
  void score(int[] rows, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      int r = rows[f];
      for (int j = start[r], end = start[r + 1]; j < end; j++) {
        scores[classes[j] & 0xFF] += weights[j];
      }
    }
  }

  /** Returns the number of stored weights. */
  int size() {
    return weights.length;
  }

  /**
   * Builds a model from dense weights ({@code rows × classCount}, row-major), quantised as it will
   * be stored so that a model in memory and the same model read back score alike.
   */
  static LinearModel fromDense(int bits, int classCount, float[] dense) {
    if (classCount > 255) {
      throw new IllegalArgumentException("expected at most 255 classes, but found " + classCount);
    }
    float scale = scaleOf(dense);
    int rows = 1 << bits;
    int[] start = new int[rows + 1];
    int nonZero = 0;
    for (int r = 0; r < rows; r++) {
      start[r] = nonZero;
      for (int c = 0; c < classCount; c++) {
        if (quantise(dense[r * classCount + c], scale) != 0) {
          nonZero++;
        }
      }
    }
    start[rows] = nonZero;
    byte[] classes = new byte[nonZero];
    float[] weights = new float[nonZero];
    int j = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < classCount; c++) {
        int q = quantise(dense[r * classCount + c], scale);
        if (q != 0) {
          classes[j] = (byte) c;
          weights[j] = q * scale;
          j++;
        }
      }
    }
    return new LinearModel(bits, classCount, scale, start, classes, weights);
  }

  private static float scaleOf(float[] dense) {
    float max = 0f;
    for (float w : dense) {
      max = Math.max(max, Math.abs(w));
    }
    return max == 0f ? 1f : max / Short.MAX_VALUE;
  }

  private static int quantise(float w, float scale) {
    return Math.round(w / scale);
  }

  /** Writes the model: bits, classes, scale, then each non-empty row's delta and entries. */
  void write(DataOutputStream out) throws IOException {
    out.writeByte(bits);
    out.writeShort(classCount);
    out.writeFloat(scale);
    int rows = 1 << bits;
    int nonEmpty = 0;
    for (int r = 0; r < rows; r++) {
      if (start[r + 1] > start[r]) {
        nonEmpty++;
      }
    }
    out.writeInt(nonEmpty);
    int last = -1;
    for (int r = 0; r < rows; r++) {
      int count = start[r + 1] - start[r];
      if (count == 0) {
        continue;
      }
      writeVarInt(out, r - last);
      last = r;
      out.writeByte(count);
      for (int j = start[r]; j < start[r + 1]; j++) {
        out.writeByte(classes[j]);
        out.writeShort(Math.round(weights[j] / scale));
      }
    }
  }

  /** Reads a model that {@link #write} wrote. */
  static LinearModel read(DataInputStream in) throws IOException {
    int bits = in.readUnsignedByte();
    int classCount = in.readUnsignedShort();
    float scale = in.readFloat();
    if (bits < 1 || bits > 26 || classCount < 1 || classCount > 255 || !(scale > 0f)) {
      throw new IOException(
          "expected a weight table (bits 1..26, 1..255 classes, positive scale), but found bits "
              + bits
              + ", "
              + classCount
              + " classes, scale "
              + scale);
    }
    int rows = 1 << bits;
    int nonEmpty = in.readInt();
    if (nonEmpty < 0 || nonEmpty > rows) {
      throw new IOException(
          "expected between 0 and " + rows + " non-empty rows, but found " + nonEmpty);
    }
    int[] start = new int[rows + 1];
    byte[] classes = new byte[Math.max(16, nonEmpty * 2)];
    float[] weights = new float[classes.length];
    int j = 0;
    int r = -1;
    int filled = 0;
    for (int k = 0; k < nonEmpty; k++) {
      int next = r + readVarInt(in);
      if (next <= r || next >= rows) {
        throw new IOException(
            "expected rows in increasing order below " + rows + ", found " + next);
      }
      for (int fill = r + 1; fill <= next; fill++) {
        start[fill] = j;
      }
      filled = next + 1;
      r = next;
      int count = in.readUnsignedByte();
      if (j + count > classes.length) {
        int grown = Math.max(classes.length * 2, j + count);
        classes = java.util.Arrays.copyOf(classes, grown);
        weights = java.util.Arrays.copyOf(weights, grown);
      }
      for (int c = 0; c < count; c++) {
        int cls = in.readUnsignedByte();
        if (cls >= classCount) {
          throw new IOException("expected a class below " + classCount + ", but found " + cls);
        }
        classes[j] = (byte) cls;
        weights[j] = in.readShort() * scale;
        j++;
      }
    }
    for (int fill = filled; fill <= rows; fill++) {
      start[fill] = j;
    }
    return new LinearModel(
        bits,
        classCount,
        scale,
        start,
        java.util.Arrays.copyOf(classes, j),
        java.util.Arrays.copyOf(weights, j));
  }

  private static void writeVarInt(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("expected a variable-length integer of at most 5 bytes");
  }
}
