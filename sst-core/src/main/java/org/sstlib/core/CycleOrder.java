package org.sstlib.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order in time of a case's cycles, a partial order: a cycle is later than another when it {@code follows} it,
 * directly or through other cycles, or when its {@code time} begins after the other's has ended (so {@code 2016}
 * is later than {@code 2014}, while {@code 2014/2016} and {@code 2015} overlap and are not ordered by time), and
 * these combine ({@code c} follows {@code b}, whose time is wholly after {@code a}'s: {@code c} is later than
 * {@code a}). Cycles with no order between them are neither earlier nor later than each other.
 *
 * <p>The chain uses it so that a structure an agency produced in a later cycle never conditions the agency of an
 * earlier one: what happened afterwards cannot explain what came before.
 *
 * <pre>{@code
 * CycleOrder order = CycleOrder.of(study.cycles());
 * order.isLater("icm-meeting", "bcf-planning");   // true: the ICM meeting follows the planning
 * order.mayFeed("icm-meeting", "bcf-planning");   // false: its outcomes cannot condition the earlier planning
 * }</pre>
 *
 * <p>Immutable and thread-safe. Built in time linear in the cycles and their {@code follows}, plus a sort; the
 * cycles earlier than a given one are found once, when first asked for, in time linear in the case.
 */
public final class CycleOrder {
  /**
   * One link of a contradiction: {@code later} comes after {@code earlier}, because it follows it or because its
   * time lies wholly after the other's.
   *
   * @param byTime true if the link comes from the two cycles' times, false if from {@code later}'s follows
   */
  public record Link(String later, String earlier, boolean byTime) {}

  private final String[] ids;
  private final Map<String, Integer> numbers;
  private final Optional<String>[] times;
  /**
   * The graph whose paths are the order: nodes 0..n-1 are the cycles; nodes n.. are time marks, one per cycle with a
   * time, in the order of the ends of their times: mark i leads to its cycle and to mark i - 1. A cycle leads to the
   * cycles it follows and to the last mark whose cycle's time ends before its own time begins.
   */
  private final int[][] earlier;
  private final Map<Integer, BitSet> before = new ConcurrentHashMap<>();

  private CycleOrder(String[] ids, Optional<String>[] times, List<List<String>> follows) {
    this.ids = ids;
    this.times = times;
    int n = ids.length;
    this.numbers = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      numbers.putIfAbsent(ids[i], i);
    }
    List<Integer> timed = new ArrayList<>();
    LocalDate[] starts = new LocalDate[n];
    LocalDate[] ends = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      Optional<String> time = times[i];
      if (time.isPresent() && IsoTimes.problem(time.get()).isEmpty()) {
        String[] parts = time.get().split("/", -1);
        starts[i] = IsoTimes.start(parts[0]);
        ends[i] = IsoTimes.end(parts[parts.length - 1]);
        timed.add(i);
      }
    }
    timed.sort(Comparator.comparing((Integer i) -> ends[i]).thenComparing(i -> i));
    int m = timed.size();
    LocalDate[] sortedEnds = new LocalDate[m];
    for (int k = 0; k < m; k++) {
      sortedEnds[k] = ends[timed.get(k)];
    }
    this.earlier = new int[n + m][];
    for (int i = 0; i < n; i++) {
      List<Integer> next = new ArrayList<>();
      for (String f : follows.get(i)) {
        Integer to = numbers.get(f);
        if (to != null && to != i) {
          next.add(to);
        }
      }
      if (starts[i] != null) {
        int last = lastEndingBefore(sortedEnds, starts[i]);
        if (last >= 0) {
          next.add(n + last);
        }
      }
      earlier[i] = next.stream().mapToInt(Integer::intValue).toArray();
    }
    for (int k = 0; k < m; k++) {
      earlier[n + k] = k == 0 ? new int[] {timed.get(k)} : new int[] {timed.get(k), n + k - 1};
    }
  }

  /** The order of the given cycles, from their {@code time} and {@code follows}. */
  public static CycleOrder of(List<Cycle> cycles) {
    checkNotNull(cycles, "cycles");
    Map<String, Optional<String>> times = new java.util.LinkedHashMap<>();
    Map<String, List<String>> follows = new HashMap<>();
    for (Cycle c : cycles) {
      times.putIfAbsent(c.id(), c.time());
      follows.putIfAbsent(c.id(), c.follows());
    }
    return of(times, follows);
  }

  /**
   * The order of cycles known only by their times and follows (as a store gives them, say).
   *
   * @param times each cycle's time (an ISO 8601 date or interval), or empty, in the order of the cycles
   * @param follows each cycle's follows; a cycle missing here follows none, an unknown id is ignored
   */
  @SuppressWarnings("unchecked")
  public static CycleOrder of(Map<String, Optional<String>> times, Map<String, List<String>> follows) {
    checkNotNull(times, "times");
    checkNotNull(follows, "follows");
    String[] ids = times.keySet().toArray(String[]::new);
    Optional<String>[] t = new Optional[ids.length];
    List<List<String>> f = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      t[i] = checkNotNull(times.get(ids[i]), "time of %s", ids[i]);
      f.add(follows.getOrDefault(ids[i], List.of()));
    }
    return new CycleOrder(ids, t, f);
  }

  /** The index of the last end before {@code start}, or -1. */
  private static int lastEndingBefore(LocalDate[] sortedEnds, LocalDate start) {
    int lo = 0;
    int hi = sortedEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedEnds[mid].isBefore(start)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * Whether cycle {@code a} is later than cycle {@code b}; false when either is not a cycle of this order, and false
   * for a cycle and itself.
   */
  public boolean isLater(String a, String b) {
    Integer x = numbers.get(checkNotNull(a, "a"));
    Integer y = numbers.get(checkNotNull(b, "b"));
    if (x == null || y == null || x.equals(y)) {
      return false;
    }
    return before(x).get(y);
  }

  /**
   * Whether what the agency of cycle {@code from} produced may condition the agency of cycle {@code to}: true unless
   * {@code from} is later than {@code to}. A cycle may feed itself (a recurrent practice) and cycles with no order
   * between them may feed each other.
   */
  public boolean mayFeed(String from, String to) {
    return !isLater(from, to);
  }

  /** The cycles (as numbers) that cycle {@code x} is later than, found once. */
  private BitSet before(int x) {
    return before.computeIfAbsent(x, this::search);
  }

  private BitSet search(int x) {
    int n = ids.length;
    BitSet cycles = new BitSet(n);
    BitSet seen = new BitSet(earlier.length);
    int[] queue = new int[earlier.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = x;
    seen.set(x);
    while (head < tail) {
      for (int next : earlier[queue[head++]]) {
        if (next < n) {
          cycles.set(next);
        }
        if (!seen.get(next)) {
          seen.set(next);
          queue[tail++] = next;
        }
      }
    }
    return cycles;
  }

  /**
   * A loop of the order, if there is one: cycles each later than the next and the last later than the first, which
   * follows and time together say (a loop of follows alone is a loop too). The links go from the first cycle round
   * to it again. Empty when the order is a partial order, as in every valid case.
   */
  public Optional<ImmutableList<Link>> contradiction() {
    int total = earlier.length;
    int[] state = new int[total]; // 0: not seen; 1: on the path; 2: done
    int[] parent = new int[total];
    int[] nextChoice = new int[total];
    Arrays.fill(parent, -1);
    for (int root = 0; root < ids.length; root++) {
      if (state[root] != 0) {
        continue;
      }
      int node = root;
      state[node] = 1;
      while (node >= 0) {
        if (nextChoice[node] < earlier[node].length) {
          int next = earlier[node][nextChoice[node]++];
          if (state[next] == 0) {
            parent[next] = node;
            state[next] = 1;
            node = next;
          } else if (state[next] == 1) {
            return Optional.of(links(next, node, parent));
          }
        } else {
          state[node] = 2;
          node = parent[node];
        }
      }
    }
    return Optional.empty();
  }

  /** The links of the loop that closes when {@code last} leads back to {@code first}, which is on its path. */
  private ImmutableList<Link> links(int first, int last, int[] parent) {
    List<Integer> path = new ArrayList<>();
    for (int v = last; v != first; v = parent[v]) {
      path.add(v);
    }
    path.add(first);
    java.util.Collections.reverse(path);
    path.add(first);
    // Rotate so that the loop starts at a cycle, not a time mark.
    int n = ids.length;
    int at = 0;
    while (path.get(at) >= n) {
      at++;
    }
    List<Integer> loop = new ArrayList<>(path.subList(at, path.size() - 1));
    loop.addAll(path.subList(0, at));
    loop.add(loop.get(0));
    ImmutableList.Builder<Link> links = ImmutableList.builder();
    int from = loop.get(0);
    boolean viaMark = false;
    for (int i = 1; i < loop.size(); i++) {
      int v = loop.get(i);
      if (v >= n) {
        viaMark = true;
        continue;
      }
      links.add(new Link(ids[from], ids[v], viaMark));
      from = v;
      viaMark = false;
    }
    return links.build();
  }

  /** The time of a cycle of this order as the case writes it, if any. */
  public Optional<String> time(String cycle) {
    Integer x = numbers.get(checkNotNull(cycle, "cycle"));
    return x == null ? Optional.empty() : times[x];
  }

  /** The number of cycles, for logs. */
  @Override
  public String toString() {
    return "CycleOrder{" + ids.length + " cycles}";
  }
}
