package dev.parley.store.workspace;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.AlreadyClosedException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.jspecify.annotations.Nullable;

/** What a failure of H2 or Lucene says about the workspace's files. */
enum FileDamage {
  /** No space for a write: the disk is full, or a quota or file-size limit was reached. */
  FULL,
  /** A page of the database cannot be read back as it was written. */
  CORRUPT,
  /** Another input or output failure, or a store closed after an earlier one. */
  IO,
  /** Nothing about the files; a failure of Parley itself. */
  NONE;

  /** Messages of the operating system for a write that found no space, on Linux and Windows. */
  private static final List<String> NO_SPACE =
      List.of(
          "no space left on device",
          "disk quota exceeded",
          "file too large",
          "not enough space on the disk");

  /** Returns what a failure says about the files: the exception chain's codes and messages. */
  static FileDamage of(@Nullable Throwable failure) {
    FileDamage found = NONE;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (NO_SPACE.stream().anyMatch(message::contains)) {
        return FULL;
      }
      if (found != NONE) {
        continue;
      }
      if (t instanceof MVStoreException m) {
        found =
            switch (m.getErrorCode()) {
              case DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_CLOSED -> IO;
              default -> CORRUPT;
            };
      } else if (t instanceof CorruptIndexException) {
        found = CORRUPT;
      } else if (t instanceof SQLException sql) {
        found =
            switch (sql.getErrorCode()) {
              case ErrorCode.FILE_CORRUPTED_1,
                  ErrorCode.GENERAL_ERROR_1,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
                  ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                  ErrorCode.COLUMN_NOT_FOUND_1 ->
                  CORRUPT;
              case ErrorCode.IO_EXCEPTION_1,
                  ErrorCode.IO_EXCEPTION_2,
                  ErrorCode.DATABASE_IS_CLOSED,
                  ErrorCode.FILE_CREATION_FAILED_1,
                  ErrorCode.FILE_RENAME_FAILED_2,
                  ErrorCode.FILE_DELETE_FAILED_1 ->
                  IO;
              default -> NONE;
            };
      } else if (t instanceof IOException || t instanceof AlreadyClosedException) {
        found = IO;
      }
    }
    return found;
  }
}
