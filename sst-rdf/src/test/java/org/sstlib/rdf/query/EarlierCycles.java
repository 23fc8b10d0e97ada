package org.sstlib.rdf.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;

/**
 * Which cycles of a case come before which, worked out by brute force from the case itself, for tests to check the
 * library's order in time against: a cycle is earlier than another that follows it, or whose time begins after its
 * time has ended, and through any chain of these (a transitive closure over every triple of cycles). Written apart
 * from {@code CycleOrder} on purpose.
 */
final class EarlierCycles {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final boolean[][] earlier;

  private EarlierCycles(List<Cycle> cycles) {
    int n = cycles.size();
    for (int i = 0; i < n; i++) {
      numbers.putIfAbsent(cycles.get(i).id(), i);
    }
    earlier = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      Cycle later = cycles.get(a);
      for (String f : later.follows()) {
        Integer b = numbers.get(f);
        if (b != null) {
          earlier[b][a] = true;
        }
      }
      for (int b = 0; b < n; b++) {
        Optional<String> mine = later.time();
        Optional<String> theirs = cycles.get(b).time();
        if (mine.isPresent() && theirs.isPresent() && start(mine.get()).isAfter(end(theirs.get()))) {
          earlier[b][a] = true;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (earlier[i][k] && earlier[k][j]) {
            earlier[i][j] = true;
          }
        }
      }
    }
  }

  static EarlierCycles of(Case study) {
    return new EarlierCycles(study.cycles());
  }

  /** Whether cycle {@code cycle} comes before cycle {@code than}. */
  boolean isEarlier(String cycle, String than) {
    return earlier[numbers.get(cycle)][numbers.get(than)];
  }

  private static LocalDate start(String time) {
    return day(time.split("/")[0], false);
  }

  private static LocalDate end(String time) {
    String[] parts = time.split("/");
    return day(parts[parts.length - 1], true);
  }

  /** The first or last day of a year ({@code 2014}), a month ({@code 2014-03}) or a day. */
  private static LocalDate day(String date, boolean last) {
    String[] parts = date.split("-");
    int year = Integer.parseInt(parts[0]);
    return switch (parts.length) {
      case 1 -> last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      case 2 -> last ? YearMonth.of(year, Integer.parseInt(parts[1])).atEndOfMonth()
          : LocalDate.of(year, Integer.parseInt(parts[1]), 1);
      default -> LocalDate.parse(date);
    };
  }
}
