package org.sstlib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.sstlib.core.Case;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.shacl.SstShapes;

/**
 * Whether the library's whole path fits a 1 GB heap at a given size, and what the case and its graph retain. Not a
 * JMH benchmark: a program to run with {@code -Xmx1g}.
 *
 * <pre>{@code
 * java -Xmx1g -cp bench/target/benchmarks.jar org.sstlib.bench.HeapCheck 1000000
 * }</pre>
 *
 * <p>With the case and then its graph held, it generates the field ({@code FieldGenerator.generate(42, size)}), maps
 * it ({@code CaseGraphs.toGraph}), validates the graph ({@code SstShapes.validate}), computes the chain from
 * {@code policy-0} ({@code ChainGraph.of(case).reachableFrom}) and writes the Turtle ({@code RdfFiles.writeTurtle})
 * to a sink that only counts bytes. It prints one line per step ({@code step <name> <ms> ms used-mb <n>}), then:
 *
 * <ul>
 *   <li>{@code heap case-bytes N}: the heap the case retains (used heap after {@code System.gc()} with the case
 *       held, less the same before it was made);
 *   <li>{@code heap graph-bytes N}: the heap the case and its graph retain together;
 *   <li>{@code heap graph-only-bytes N}: the difference, what the graph adds;
 *   <li>{@code heap bytes-per-triple X}: the graph's share per triple of the graph;
 *   <li>{@code heap max-used-mb N}: the sum over the heap's memory pools of each pool's peak usage (an upper bound
 *       of the peak of the whole heap, as pools peak at different times);
 *   <li>{@code xmx1g ok} when every step completed and the maximum heap was at most 1 GiB (otherwise a line saying
 *       which maximum heap it ran with).
 * </ul>
 *
 * <p>Exits with status 1 and a message naming the step if the heap runs out ({@link OutOfMemoryError}), and with
 * status 2 if a step finds something wrong (the field invalid, the chain not reaching every patient).
 */
public final class HeapCheck {
  private static final int DEFAULT_SIZE = 1_000_000;
  private static final long ONE_GIB = 1024L * 1024 * 1024;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final int size;
  /** The step running now, for the message if the heap runs out. */
  private String step = "start";

  private HeapCheck(int size) {
    this.size = size;
  }

  /**
   * Runs the check.
   *
   * @param args the target number of triples (default 1,000,000)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : DEFAULT_SIZE;
    HeapCheck check = new HeapCheck(size);
    try {
      check.run();
    } catch (OutOfMemoryError e) {
      // The step's references are gone with its frame: there is room again to say what happened.
      System.out.println("heap out of memory at step " + check.step + " (size " + size + ", max heap "
          + mb(Runtime.getRuntime().maxMemory()) + " MB): " + e.getMessage());
      System.out.println("heap max-used-mb " + mb(peakHeapUsed()));
      System.exit(1);
    } catch (IllegalStateException e) {
      System.out.println("heap check failed at step " + check.step + ": " + e.getMessage());
      System.exit(2);
    }
  }

  private void run() {
    System.out.println("heap size " + size + " max-heap-mb " + mb(Runtime.getRuntime().maxMemory()));
    long before = retained();

    step = "generate";
    long start = System.nanoTime();
    Case field = FieldGenerator.generate(42, size);
    done(start);
    long withCase = retained();

    step = "map";
    start = System.nanoTime();
    Graph graph = CaseGraphs.toGraph(field);
    done(start);
    long withGraph = retained();
    long triples = graph.size();

    step = "validate";
    start = System.nanoTime();
    int violations = SstShapes.validate(graph).violations().size();
    done(start);
    if (violations > 0) {
      throw new IllegalStateException("the field does not conform: " + violations + " violations");
    }

    step = "chain";
    start = System.nanoTime();
    long reached = patientsReached(field);
    done(start);
    long patients = field.positionPractices().stream()
        .filter(p -> p.id().startsWith(FieldGenerator.PATIENT_PP_PREFIX)).count();
    if (reached != patients) {
      throw new IllegalStateException("the chain reaches " + reached + " of " + patients + " patients");
    }

    step = "write-turtle";
    start = System.nanoTime();
    CountingSink sink = new CountingSink();
    RdfFiles.writeTurtle(field, sink);
    done(start);
    if (sink.count == 0) {
      throw new IllegalStateException("no Turtle written");
    }

    step = "report";
    // The case and its graph stay reachable up to here, as they would in a program that goes on using them.
    Reference.reachabilityFence(field);
    Reference.reachabilityFence(graph);
    System.out.println("heap triples " + triples);
    System.out.println("heap turtle-bytes " + sink.count);
    System.out.println("heap case-bytes " + (withCase - before));
    System.out.println("heap graph-bytes " + (withGraph - before));
    System.out.println("heap graph-only-bytes " + (withGraph - withCase));
    System.out.println(String.format(Locale.ROOT, "heap bytes-per-triple %.1f",
        (withGraph - withCase) / (double) triples));
    System.out.println("heap max-used-mb " + mb(peakHeapUsed()));
    long max = Runtime.getRuntime().maxMemory();
    if (max <= ONE_GIB) {
      System.out.println("xmx1g ok");
    } else {
      System.out.println("done, but with a maximum heap of " + mb(max) + " MB: run with -Xmx1g for the check");
    }
  }

  /** The patient position-practices the chain reaches from {@code policy-0}; the chain is dropped on return. */
  private static long patientsReached(Case field) {
    return ChainGraph.of(field).reachableFrom(FieldGenerator.policyId(0)).stream()
        .filter(id -> id.startsWith(FieldGenerator.PATIENT_PP_PREFIX)).count();
  }

  private void done(long start) {
    System.out.println(String.format(Locale.ROOT, "step %s %d ms used-mb %d", step,
        (System.nanoTime() - start) / 1_000_000, mb(memory.getHeapMemoryUsage().getUsed())));
  }

  /** Used heap after a few full collections: what the live references retain. */
  private long retained() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}
