package org.planmetrics.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Consumer;
import org.planmetrics.api.AnswerNumbers;
import org.planmetrics.api.ServerSettings;
import org.planmetrics.model.json.PlanJson;

/**
 * What the commands of {@link PlanTool} work with: where they print (standard output for the
 * result, standard error for notes and errors), the environment the server's variables come
 * from, how {@code serve} starts the server, and the workbook support of this build. Tests give
 * their own, so that nothing reads the real streams or starts a server.
 */
public final class ToolContext {

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Consumer<ServerSettings> server;
  private final WorkbookSupport workbooks;
  private boolean serving;

  /**
   * @param out the result: a table, JSON, a bulletin
   * @param err notes (the files and encodings read) and errors
   * @param env the environment ({@code PLAN_API_*} for {@code serve})
   * @param server starts the server and returns once it listens
   * @param workbooks reads and writes .xlsx workbooks, or {@link WorkbookSupport#NONE}
   */
  public ToolContext(PrintStream out, PrintStream err, Map<String, String> env,
      Consumer<ServerSettings> server, WorkbookSupport workbooks) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.server = server;
    this.workbooks = workbooks;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }

  public WorkbookSupport workbooks() {
    return workbooks;
  }

  /**
   * Prints {@code answer} to standard output as the REST answer gives it: indented JSON, its
   * figures written as the API writes them.
   */
  void printJson(Object answer) {
    try {
      out.println(AnswerNumbers.writer(PlanJson.writer()).withDefaultPrettyPrinter()
          .writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      // Every answer is a value of the library's own types, which Jackson writes.
      throw new IllegalStateException("an answer always serializes", e);
    }
  }

  /** Starts the server; from then on the process lives in the server's threads. */
  void serve(ServerSettings settings) {
    server.accept(settings);
    serving = true;
  }

  /** Whether {@code serve} started the server, which the process must then not exit from. */
  public boolean serving() {
    return serving;
  }
}
