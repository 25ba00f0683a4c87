package dev.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * CPU time for benchmarks that report it beside wall time, on machines shared with other work: the
 * calling thread's, and the whole JVM's (garbage collection and helper threads included).
 */
public final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final MBeanServer BEANS = ManagementFactory.getPlatformMBeanServer();
  private static final ObjectName OS = operatingSystem();

  private CpuClock() {}

  /** Returns the calling thread's CPU time in nanoseconds. */
  public static long threadNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Returns the JVM's CPU time in nanoseconds, all threads (the platform MXBean attribute). */
  public static long processNanos() {
    try {
      return ((Number) BEANS.getAttribute(OS, "ProcessCpuTime")).longValue();
    } catch (JMException e) {
      throw new IllegalStateException("expected the JVM to report its CPU time", e);
    }
  }

  private static ObjectName operatingSystem() {
    try {
      return new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
  }
}
