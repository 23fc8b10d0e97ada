package org.sstlib.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.jena.graph.Graph;
import org.sstlib.core.Case;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.io.RdfFiles;
import org.sstlib.rdf.io.RdfFormat;
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
 * {@code policy-0} ({@code ChainGraph.of(case).reachableFrom}), writes the Turtle ({@code RdfFiles.writeTurtle}) and
 * then the N-Triples ({@code RdfFiles.write(..., NTRIPLES, ...)}), each to a sink that only counts bytes. Before
 * each step it collects the garbage of the steps before, so that each step starts from what the program holds. It
 * prints one line per step:
 *
 * <pre>{@code
 * step <name> <ms> ms used-mb <n> live-before-mb <b> gc-peak-mb <p> gcs <k> alloc-mb <a>
 * }</pre>
 *
 * <ul>
 *   <li>{@code used-mb}: the heap in use when the step ends, garbage not yet collected included (so it depends on
 *       when the collector last ran);
 *   <li>{@code live-before-mb}: the heap in use after the collection before the step;
 *   <li>{@code gc-peak-mb}: the most heap in use just after any collection during the step ({@code -} when none
 *       ran): what the step held at a collection, a measure of its live data that does not depend on garbage;
 *   <li>{@code gcs}: the collections during the step;
 *   <li>{@code alloc-mb}: what the step allocated in all (live or not).
 * </ul>
 *
 * <p>Then:
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
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  /** Heap in use after the latest collection seen, the most of it since the step began, and collections seen. */
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong collectionsSeen = new AtomicLong();
  private final int size;
  /** The step running now, for the message if the heap runs out. */
  private String step = "start";
  private long stepStart;
  private long liveBefore;
  private long collectionsBefore;
  private long allocatedBefore;

  private HeapCheck(int size) {
    this.size = size;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
              .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
          long used = after.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
              .mapToLong(e -> e.getValue().getUsed()).sum();
          peakAfterGc.accumulateAndGet(used, Math::max);
          collectionsSeen.incrementAndGet();
        }
      }, null, null);
      collectionsSeen.addAndGet(Math.max(0, gc.getCollectionCount()));
    }
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

    begin("generate", before);
    Case field = FieldGenerator.generate(42, size);
    done();
    long withCase = retained();

    begin("map", withCase);
    Graph graph = CaseGraphs.toGraph(field);
    done();
    long withGraph = retained();
    long triples = graph.size();

    begin("validate", withGraph);
    int violations = SstShapes.validate(graph).violations().size();
    done();
    if (violations > 0) {
      throw new IllegalStateException("the field does not conform: " + violations + " violations");
    }

    begin("chain", retained());
    long reached = patientsReached(field);
    done();
    long patients = field.positionPractices().stream()
        .filter(p -> p.id().startsWith(FieldGenerator.PATIENT_PP_PREFIX)).count();
    if (reached != patients) {
      throw new IllegalStateException("the chain reaches " + reached + " of " + patients + " patients");
    }

    begin("write-turtle", retained());
    CountingSink sink = new CountingSink();
    RdfFiles.writeTurtle(field, sink);
    done();
    if (sink.count == 0) {
      throw new IllegalStateException("no Turtle written");
    }

    begin("write-ntriples", retained());
    CountingSink lines = new CountingSink();
    RdfFiles.write(List.of(field), RdfFormat.NTRIPLES, lines);
    done();
    if (lines.count == 0) {
      throw new IllegalStateException("no N-Triples written");
    }

    step = "report";
    // The case and its graph stay reachable up to here, as they would in a program that goes on using them.
    Reference.reachabilityFence(field);
    Reference.reachabilityFence(graph);
    System.out.println("heap triples " + triples);
    System.out.println("heap turtle-bytes " + sink.count);
    System.out.println("heap ntriples-bytes " + lines.count);
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

  /** Starts a step from a collected heap, given what it retains. */
  private void begin(String name, long retained) {
    liveBefore = retained;
    step = name;
    collectionsBefore = awaitCollectionNotices();
    peakAfterGc.set(0);
    allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    stepStart = System.nanoTime();
  }

  private void done() {
    long millis = (System.nanoTime() - stepStart) / 1_000_000;
    long used = memory.getHeapMemoryUsage().getUsed();
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long collections = awaitCollectionNotices() - collectionsBefore;
    String peak = collections == 0 ? "-" : Long.toString(mb(peakAfterGc.get()));
    System.out.println(String.format(Locale.ROOT, "step %s %d ms used-mb %d live-before-mb %d gc-peak-mb %s gcs %d "
        + "alloc-mb %d", step, millis, mb(used), mb(liveBefore), peak, collections, mb(allocated)));
  }

  /** The collections so far, once the notice of each has arrived (notices come on another thread). */
  private long awaitCollectionNotices() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (collectionsSeen.get() < count && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return count;
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
