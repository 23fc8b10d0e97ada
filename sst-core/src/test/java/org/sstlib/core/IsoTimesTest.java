package org.sstlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The periods a case's times name, and the problems of times that name none. */
class IsoTimesTest {

  @Test
  void aYearAMonthAndADayNameTheirFirstAndLastDays() {
    assertEquals(LocalDate.of(2016, 1, 1), IsoTimes.start("2016"));
    assertEquals(LocalDate.of(2016, 12, 31), IsoTimes.end("2016"));
    assertEquals(LocalDate.of(2016, 2, 1), IsoTimes.start("2016-02"));
    assertEquals(LocalDate.of(2016, 2, 29), IsoTimes.end("2016-02"));
    assertEquals(LocalDate.of(2016, 3, 9), IsoTimes.start("2016-03-09"));
    assertEquals(LocalDate.of(2016, 3, 9), IsoTimes.end("2016-03-09"));
  }

  @Test
  void onlyDaysThatExistAreDates() {
    assertTrue(IsoTimes.isDate("2016-02-29"));
    assertFalse(IsoTimes.isDate("2015-02-29"));
    assertFalse(IsoTimes.isDate("2016-13"));
    assertFalse(IsoTimes.isDate("16"));
  }

  @Test
  void anIntervalMustRunForward() {
    assertEquals(Optional.empty(), IsoTimes.problem("2016-03/2016-09"));
    assertEquals(Optional.empty(), IsoTimes.problem("2016/2016-01"));
    assertEquals(Optional.of("interval '2016-09/2016-03' ends before it starts"), IsoTimes.problem("2016-09/2016-03"));
    assertTrue(IsoTimes.problem("2016/2017/2018").orElseThrow().contains("is not an ISO 8601 date or interval"));
    assertTrue(IsoTimes.problem("March 2016").orElseThrow().contains("is not an ISO 8601 date or interval"));
  }
}
