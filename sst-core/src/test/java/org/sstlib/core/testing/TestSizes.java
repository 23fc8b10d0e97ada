package org.sstlib.core.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * How many seeds or cases the slowest property tests try: their full sizes by default (so {@code mvn verify} and
 * CI try everything), or smaller quick sizes when the build is run with {@code -Dsst.tests=quick}, for everyday
 * work. Each test writes both sizes side by side and says why the quick one still reaches every branch it exists
 * for:
 *
 * <pre>{@code
 * // Quick: the first 40 seeds reach every part of the model (RandomCasesTest checks it).
 * private static final int SEEDS = TestSizes.of(200, 40);
 * }</pre>
 *
 * <p>The property is read once, when this class is loaded; any value other than {@code full} or {@code quick} is
 * refused, so that a misspelt option does not pass unnoticed. Thread-safe.
 */
public final class TestSizes {

  /** The system property that chooses the sizes: {@code full} (the default) or {@code quick}. */
  public static final String PROPERTY = "sst.tests";

  /**
   * The fewest seeds of {@link RandomCases#generate(long)} that a quick size of a test over random cases may be:
   * {@code RandomCasesTest} checks that seeds 0 to this minus one reach every part of the model it lists.
   */
  public static final int QUICK_SEEDS = 40;

  private static final boolean QUICK = quick(System.getProperty(PROPERTY));

  private TestSizes() {}

  /**
   * The size a test runs at.
   *
   * @param full the size of a full run (the default, and CI's)
   * @param quick the size of a run with {@code -Dsst.tests=quick}, from 1 to {@code full}
   * @return {@code quick} if the property is {@code quick}, else {@code full}
   * @throws IllegalArgumentException if {@code quick} is not from 1 to {@code full}
   */
  public static int of(int full, int quick) {
    checkArgument(quick >= 1 && quick <= full, "quick size %s is not from 1 to the full size %s", quick, full);
    return QUICK ? quick : full;
  }

  /** Whether this run uses the quick sizes ({@code -Dsst.tests=quick}). */
  public static boolean isQuick() {
    return QUICK;
  }

  static boolean quick(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    checkArgument(v.equals("full") || v.equals("quick"), "-D%s=%s: expected full or quick", PROPERTY, value);
    return v.equals("quick");
  }
}
