package org.planmetrics.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's fat jar started as a real process, as an operator starts it ({@code java [jvm
 * options] -jar plan-api-…-all.jar [options]}), with its log collected line by line. For the tests
 * that need a real JVM: a small heap, signals, exit codes, threads tied up by slow clients.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Listening on http://[^:]+:(\\d+)/");

  private final Process process;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private volatile int port = -1;

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readLog, "server-log");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the jar with {@code jvmOptions} and {@code args} (a free port is picked). */
  static ServerProcess start(List<String> jvmOptions, String... args) throws IOException {
    String jar = System.getProperty("planApiJar");
    if (jar == null) {
      throw new IllegalStateException("the system property planApiJar must name the fat jar; "
          + "run this test with 'mvn verify', which builds it first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar);
    command.add("--port");
    command.add("0");
    command.addAll(List.of(args));
    return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  private void readLog() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        log.add(line);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port = Integer.parseInt(m.group(1));
        }
      }
    } catch (IOException e) {
      log.add("<log closed: " + e.getMessage() + ">");
    }
  }

  /** The port, once the server listens; waits at most {@code wait}. */
  int port(Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (port < 0 && System.nanoTime() < end && process.isAlive()) {
      Thread.sleep(20);
    }
    if (port < 0) {
      throw new IllegalStateException("the server did not start listening:\n"
          + String.join("\n", log));
    }
    return port;
  }

  /** Waits until the log has a line containing {@code text}; false if it has none by then. */
  boolean awaitLog(String text, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < end) {
      if (log.stream().anyMatch(line -> line.contains(text))) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  List<String> log() {
    return List.copyOf(log);
  }

  Process process() {
    return process;
  }

  /**
   * Sends SIGTERM, as a service manager stops a service. Through the process's handle, because
   * {@link Process#destroy()} also closes the streams this class reads the log from.
   */
  void terminate() {
    process.toHandle().destroy();
  }

  /** The exit code, waiting at most {@code wait}; the process is killed if it has not exited. */
  int exitCode(Duration wait) throws InterruptedException {
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the server did not exit within " + wait + ":\n"
          + String.join("\n", log));
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
