package dev.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's value as an ISO date, YYYY-MM-DD, with a plain message when it is not one. */
final class IsoDate implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "expected a date as YYYY-MM-DD (such as 2025-08-19), but found '" + value + "'");
    }
  }
}
