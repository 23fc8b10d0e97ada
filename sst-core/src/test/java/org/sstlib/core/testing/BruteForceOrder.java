package org.sstlib.core.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sstlib.core.Case;
import org.sstlib.core.Cycle;

/**
 * The order in time of a case's cycles worked out apart from the library's {@code CycleOrder}, for the chain's
 * property tests (sst-core's and sst-rdf's): a cycle is directly later than one it follows and than one whose time ends before its own begins;
 * the order is the transitive closure of that, by brute force (Floyd-Warshall over a boolean matrix).
 */
public final class BruteForceOrder {
  private final Map<String, Integer> index = new HashMap<>();
  private final boolean[][] later;

  public BruteForceOrder(List<Cycle> cycles) {
    int n = cycles.size();
    later = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      index.put(cycles.get(i).id(), i);
    }
    for (int i = 0; i < n; i++) {
      Cycle a = cycles.get(i);
      for (String f : a.follows()) {
        Integer j = index.get(f);
        if (j != null) {
          later[i][j] = true;
        }
      }
      for (int j = 0; j < n; j++) {
        Cycle b = cycles.get(j);
        if (a.time().isPresent() && b.time().isPresent()
            && start(a.time().get()).isAfter(end(b.time().get()))) {
          later[i][j] = true;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          later[i][j] |= later[i][k] && later[k][j];
        }
      }
    }
  }

  /** The order of the cycles of a case. */
  public static BruteForceOrder of(Case study) {
    return new BruteForceOrder(study.cycles());
  }

  /** Whether cycle {@code a} comes after cycle {@code b}. */
  public boolean isLater(String a, String b) {
    return later[index.get(a)][index.get(b)];
  }

  /** Whether cycle {@code cycle} comes before cycle {@code than}. */
  public boolean isEarlier(String cycle, String than) {
    return isLater(than, cycle);
  }

  /** Whether some cycle comes after itself: follows and time contradict. */
  public boolean hasLoop() {
    for (int i = 0; i < later.length; i++) {
      if (later[i][i]) {
        return true;
      }
    }
    return false;
  }

  /** The first day of a time: a year, a month, a day, or an interval of those. */
  public static LocalDate start(String time) {
    String first = time.split("/")[0];
    String[] parts = first.split("-");
    return switch (parts.length) {
      case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 1, 1);
      case 2 -> YearMonth.parse(first).atDay(1);
      default -> LocalDate.parse(first);
    };
  }

  /** The last day of a time. */
  public static LocalDate end(String time) {
    String[] halves = time.split("/");
    String last = halves[halves.length - 1];
    String[] parts = last.split("-");
    return switch (parts.length) {
      case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 12, 31);
      case 2 -> YearMonth.parse(last).atEndOfMonth();
      default -> LocalDate.parse(last);
    };
  }
}
