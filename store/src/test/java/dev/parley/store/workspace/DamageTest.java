package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.apache.lucene.index.CorruptIndexException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

/**
 * The failures of H2 and Lucene are read for what they say about the files. {@link FullDiskTest}
 * fills a real file-size limit; the messages of a full disk and of a quota are checked here on the
 * exception chains H2 and Lucene build around the operating system's error.
 */
class DamageTest {
  @Test
  void noSpaceLeft_anywhereInTheChain_isAFullDisk() {
    IOException enospc = new IOException("No space left on device");
    assertThat(FileDamage.of(h2(ErrorCode.IO_EXCEPTION_1, enospc))).isEqualTo(FileDamage.FULL);
    assertThat(
            FileDamage.of(
                h2(
                    ErrorCode.GENERAL_ERROR_1,
                    DataUtils.newMVStoreException(
                        DataUtils.ERROR_WRITING_FAILED, "Writing failed", enospc))))
        .isEqualTo(FileDamage.FULL);
    assertThat(
            FileDamage.of(
                new java.io.UncheckedIOException(
                    new FileSystemException("/ws/index/_0.cfs", null, "Disk quota exceeded"))))
        .isEqualTo(FileDamage.FULL);
  }

  @Test
  void aDamagedPage_isCorruption_andOtherFailuresAreNot() {
    assertThat(
            FileDamage.of(
                h2(
                    ErrorCode.GENERAL_ERROR_1,
                    DataUtils.newMVStoreException(
                        DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}", 7))))
        .isEqualTo(FileDamage.CORRUPT);
    assertThat(FileDamage.of(h2(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, null)))
        .isEqualTo(FileDamage.CORRUPT);
    assertThat(FileDamage.of(new CorruptIndexException("checksum failed", "segments_1")))
        .isEqualTo(FileDamage.CORRUPT);
    assertThat(FileDamage.of(h2(ErrorCode.DATABASE_IS_CLOSED, null))).isEqualTo(FileDamage.IO);
    assertThat(FileDamage.of(h2(ErrorCode.DUPLICATE_KEY_1, null))).isEqualTo(FileDamage.NONE);
    assertThat(FileDamage.of(new IllegalStateException("a bug"))).isEqualTo(FileDamage.NONE);
  }

  private static SQLException h2(int code, Throwable cause) {
    return new SQLException("H2 failed", "HY000", code, cause);
  }
}
