package org.sstlib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.report.Report;
import org.sstlib.report.ReportOptions;

/**
 * One report of the synthetic field, timed, with its size and the heap it needed: a plain program to run with a
 * small {@code -Xmx} (it fails with an {@code OutOfMemoryError} if the report does not fit) and under
 * {@code /usr/bin/time -v} for the process's resident peak.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar org.sstlib.bench.ReportCheck 100000
 * </pre>
 */
public final class ReportCheck {
  private ReportCheck() {}

  /**
   * Runs the check.
   *
   * @param args the target number of triples (default 100,000)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    Case field = FieldGenerator.generate(42, size);
    System.out.println("report size " + size + " triples " + CaseGraphs.toGraph(field).size() + " cycles "
        + field.cycles().size() + " max-heap-mb " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      String page = Report.html(List.of(field), ReportOptions.defaults());
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("report run " + (i + 1) + " " + millis + " ms page-bytes "
          + page.getBytes(StandardCharsets.UTF_8).length);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("report max-used-mb " + peak / (1024 * 1024));
  }
}
