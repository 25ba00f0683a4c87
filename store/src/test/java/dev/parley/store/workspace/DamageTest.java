package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.workspace.Workspace.Damage;
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
    assertThat(Workspace.damageOf(h2(ErrorCode.IO_EXCEPTION_1, enospc))).isEqualTo(Damage.FULL);
    assertThat(
            Workspace.damageOf(
                h2(
                    ErrorCode.GENERAL_ERROR_1,
                    DataUtils.newMVStoreException(
                        DataUtils.ERROR_WRITING_FAILED, "Writing failed", enospc))))
        .isEqualTo(Damage.FULL);
    assertThat(
            Workspace.damageOf(
                new java.io.UncheckedIOException(
                    new FileSystemException("/ws/index/_0.cfs", null, "Disk quota exceeded"))))
        .isEqualTo(Damage.FULL);
  }

  @Test
  void aDamagedPage_isCorruption_andOtherFailuresAreNot() {
    assertThat(
            Workspace.damageOf(
                h2(
                    ErrorCode.GENERAL_ERROR_1,
                    DataUtils.newMVStoreException(
                        DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}", 7))))
        .isEqualTo(Damage.CORRUPT);
    assertThat(Workspace.damageOf(h2(ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, null)))
        .isEqualTo(Damage.CORRUPT);
    assertThat(Workspace.damageOf(new CorruptIndexException("checksum failed", "segments_1")))
        .isEqualTo(Damage.CORRUPT);
    assertThat(Workspace.damageOf(h2(ErrorCode.DATABASE_IS_CLOSED, null))).isEqualTo(Damage.IO);
    assertThat(Workspace.damageOf(h2(ErrorCode.DUPLICATE_KEY_1, null))).isEqualTo(Damage.NONE);
    assertThat(Workspace.damageOf(new IllegalStateException("a bug"))).isEqualTo(Damage.NONE);
  }

  private static SQLException h2(int code, Throwable cause) {
    return new SQLException("H2 failed", "HY000", code, cause);
  }
}
