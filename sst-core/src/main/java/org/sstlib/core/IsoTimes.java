package org.sstlib.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times a case writes, as ISO 8601 calendar dates at the precision a researcher knows them ({@code 2016},
 * {@code 2016-03}, {@code 2016-03-01}) and intervals of two of them ({@code 2016-03/2016-09}): a cycle's
 * {@code time} and a source's {@code date}. Stateless and thread-safe.
 */
final class IsoTimes {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private IsoTimes() {}

  /** What is wrong with a time as a case writes it, or empty if it is a date or an interval that runs forward. */
  static Optional<String> problem(String time) {
    String[] parts = time.split("/", -1);
    if (parts.length > 2 || !java.util.Arrays.stream(parts).allMatch(IsoTimes::isDate)) {
      return Optional.of("'" + time + "' is not an ISO 8601 date or interval (write 2016, 2016-03, 2016-03-01 or "
          + "2016-03/2016-09)");
    }
    if (parts.length == 2 && start(parts[0]).isAfter(end(parts[1]))) {
      return Optional.of("interval '" + time + "' ends before it starts");
    }
    return Optional.empty();
  }

  /** Whether {@code text} is a year, a month or a day that exists. */
  static boolean isDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return false;
    }
    try {
      start(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The first day of the period a date names: a year's 1 January, a month's first day, or the day itself. */
  static LocalDate start(String date) {
    return period(date, false);
  }

  /** The last day of the period a date names: a year's 31 December, a month's last day, or the day itself. */
  static LocalDate end(String date) {
    return period(date, true);
  }

  private static LocalDate period(String date, boolean last) {
    Matcher m = DATE.matcher(date);
    if (!m.matches()) {
      throw new DateTimeParseException("not a date", date, 0);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
    if (m.group(3) == null) {
      return last ? month.atEndOfMonth() : month.atDay(1);
    }
    return month.atDay(Integer.parseInt(m.group(3)));
  }
}
