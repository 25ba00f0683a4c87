package dev.parley.bench.serve;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running {@code parley serve} at a fixed rate (open loop: a request leaves on schedule
 * whether or not the earlier ones have answered, so a slow server shows as latency, not as a lower
 * rate) and reports errors and latency percentiles, measured from each request's scheduled start.
 *
 * <p>Usage: {@code ServeLoad URL SCENARIO [RATE] [SECONDS]}, for instance {@code
 * http://127.0.0.1:7070/ ukraine-2025 200 60}. Requests alternate between the scenario's analysis
 * and an evidence search whose words rotate through a list, so the search is never the same twice
 * in a row.
 */
public final class ServeLoad {
  private static final List<String> WORDS =
      List.of(
          "sanctions",
          "ceasefire",
          "Russia",
          "Ukraine",
          "NATO",
          "guarantees",
          "Trump",
          "Crimea",
          "Donetsk",
          "assets",
          "summit",
          "territory",
          "Kyiv",
          "Moscow",
          "troops",
          "peace");

  private ServeLoad() {}

  /** Runs the load and prints the figures. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ServeLoad URL SCENARIO [RATE] [SECONDS]");
    }
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String scenario = args[1];
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    PrintWriter out =
        new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    ExecutorService workers = Executors.newFixedThreadPool(8);
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(workers).build();
    URI analysis = URI.create(base + "api/scenarios/" + scenario + "/analysis");
    // warm up: the first analysis computes, the JIT compiles
    for (int i = 0; i < 20; i++) {
      send(client, analysis).join();
      send(client, search(base, WORDS.get(i % WORDS.size()))).join();
    }

    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      final int n = i;
      final long scheduled = start + n * periodNanos;
      CompletableFuture<Void> done = new CompletableFuture<>();
      pending.add(done);
      var unused =
          clock.schedule(
              () -> {
                boolean isAnalysis = n % 2 == 0;
                URI uri = isAnalysis ? analysis : search(base, WORDS.get((n / 2) % WORDS.size()));
                var unusedSent =
                    send(client, uri)
                        .whenComplete(
                            (status, failure) -> {
                              long latency = System.nanoTime() - scheduled;
                              if (failure != null || status != 200) {
                                errors.incrementAndGet();
                              }
                              results.add(new long[] {isAnalysis ? 0 : 1, latency});
                              done.complete(null);
                            });
              },
              Math.max(0, scheduled - System.nanoTime()),
              TimeUnit.NANOSECONDS);
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    clock.shutdown();
    workers.shutdown();

    out.printf(
        Locale.ROOT,
        "requests %d in %.1f s (%.1f/s scheduled at %d/s), errors %d%n",
        results.size(),
        elapsed,
        results.size() / elapsed,
        rate,
        errors.get());
    report(out, "all", results.stream().mapToLong(r -> r[1]).toArray());
    report(out, "analysis", results.stream().filter(r -> r[0] == 0).mapToLong(r -> r[1]).toArray());
    report(out, "evidence", results.stream().filter(r -> r[0] == 1).mapToLong(r -> r[1]).toArray());
  }

  private static URI search(String base, String word) {
    return URI.create(
        base + "api/evidence?limit=20&search=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
  }

  private static CompletableFuture<Integer> send(HttpClient client, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  private static void report(PrintWriter out, String name, long[] nanos) {
    Arrays.sort(nanos);
    out.printf(
        Locale.ROOT,
        "%-9s n=%d  median %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
        name,
        nanos.length,
        at(nanos, 0.50),
        at(nanos, 0.90),
        at(nanos, 0.99),
        nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }
}
