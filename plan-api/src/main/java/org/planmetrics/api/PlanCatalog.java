package org.planmetrics.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanFileTooLargeException;
import org.planmetrics.model.json.PlanFiles;

/**
 * The plans a server serves, by id: the bundled plan and any plan files given at start-up, each
 * with its assessor. Loading is all or nothing: if any file is invalid, nothing is served.
 */
public final class PlanCatalog {

  private final Map<String, Assessor> assessors;

  private PlanCatalog(Map<String, Assessor> assessors) {
    this.assessors = assessors;
  }

  /** Just the bundled plan. */
  public static PlanCatalog bundled() {
    return of(List.of(BundledPlans.gongqingcheng2022()));
  }

  public static PlanCatalog of(List<Plan> plans) {
    Map<String, Assessor> map = new LinkedHashMap<>();
    for (Plan plan : plans) {
      if (map.putIfAbsent(plan.id(), Assessor.of(plan)) != null) {
        throw new IllegalArgumentException("plan id '" + plan.id() + "' is served twice");
      }
    }
    return new PlanCatalog(Map.copyOf(map));
  }

  /**
   * The bundled plan plus every plan file at {@code paths}, each of at most {@link
   * PlanFiles#DEFAULT_MAX_BYTES}.
   *
   * @see #load(List, long)
   */
  public static PlanCatalog load(List<Path> paths) {
    return load(paths, PlanFiles.DEFAULT_MAX_BYTES);
  }

  /**
   * The bundled plan plus every plan file at {@code paths} (a folder contributes its *.json
   * entries, in name order), reading at most {@code maxPlanFileBytes} of each. Every file is
   * checked whatever happened to the others: one that is missing, not a regular file (a named
   * pipe, a link to {@code /dev/zero}), too large, unreadable, not UTF-8 or invalid adds its
   * error (at most 100 violations of it, then a count), and loading goes on to the next.
   *
   * <p>So does a file whose loading fails in a way nobody planned for. If it runs the heap out
   * ({@link OutOfMemoryError}; the limits on a file's bytes and JSON values keep a file within
   * the default limit well inside the server's 128 MiB, but the limit can be raised), what it
   * allocated is unreachable once the error reaches this method, so the next file is checked
   * with the heap as it was. Any other failure ({@link RuntimeException}) is a bug: it is named
   * as such, and kept as a suppressed exception of the {@link PlanLoadException} for whoever logs
   * it. No message names a Java class.
   *
   * @throws PlanLoadException listing every error of every file, if any file is refused, or two
   *     plans share an id
   * @throws IllegalArgumentException if {@code maxPlanFileBytes} is outside the range that
   *     {@link PlanFiles#load(Path, long)} accepts and there is a file to read
   */
  public static PlanCatalog load(List<Path> paths, long maxPlanFileBytes) {
    return load(paths, maxPlanFileBytes, PlanFiles::load);
  }

  /** {@link #load(List, long)} with {@code reader} in place of {@link PlanFiles#load(Path, long)}. */
  static PlanCatalog load(List<Path> paths, long maxPlanFileBytes, PlanFileReader reader) {
    List<Plan> plans = new ArrayList<>(List.of(BundledPlans.gongqingcheng2022()));
    List<String> errors = new ArrayList<>();
    List<RuntimeException> faults = new ArrayList<>();
    List<Path> files = files(paths, errors);
    if (!files.isEmpty()
        && (maxPlanFileBytes < 1 || maxPlanFileBytes > PlanFiles.LARGEST_MAX_BYTES)) {
      // Checked here, since a failure of one file's loading no longer stops the others.
      throw new IllegalArgumentException("'maxPlanFileBytes' must be between 1 and "
          + PlanFiles.LARGEST_MAX_BYTES + " but was " + maxPlanFileBytes);
    }
    for (Path file : files) {
      try {
        plans.add(reader.load(file, maxPlanFileBytes));
      } catch (InvalidPlanException e) {
        // Operators read Chinese first: every violation in Chinese, then the same in English.
        errors.add(e.text(Language.ZH) + "\n" + e.getMessage());
      } catch (PlanFileTooLargeException e) {
        errors.add("方案文件" + e.file() + "超过" + e.limit() + "字节的上限(--max-plan-file-bytes) / "
            + e.getMessage() + " (--max-plan-file-bytes)");
      } catch (UncheckedIOException e) {
        // Missing, not a regular file, or unreadable: the message names the file and why.
        errors.add("方案文件无法读取 / " + e.getMessage());
      } catch (OutOfMemoryError e) {
        errors.add("方案文件" + file + "无法检查:加载时服务器内存不足,请调大-Xmx或调小"
            + "--max-plan-file-bytes / plan file " + file + " could not be checked: the server "
            + "ran out of memory while loading it; raise -Xmx or lower --max-plan-file-bytes");
      } catch (RuntimeException e) {
        errors.add("方案文件" + file + "无法检查:方案加载程序出现了不应有的错误(程序缺陷),请连同文件一并报告"
            + " / plan file " + file + " could not be checked: the plan loader failed in a way"
            + " it should not (a bug); please report it with the file");
        faults.add(e);
      }
    }
    Map<String, Long> ids = plans.stream()
        .collect(Collectors.groupingBy(Plan::id, LinkedHashMap::new, Collectors.counting()));
    ids.forEach((id, count) -> {
      if (count > 1) {
        errors.add("方案id'" + id + "'被" + count + "个方案使用,id须唯一 / plan id '" + id
            + "' is used by " + count + " plans; ids must be unique");
      }
    });
    if (!errors.isEmpty()) {
      PlanLoadException e = new PlanLoadException(errors);
      faults.forEach(e::addSuppressed);
      throw e;
    }
    return of(plans);
  }

  /** Reads one plan file, at most {@code maxBytes} of it: {@link PlanFiles#load(Path, long)}. */
  @FunctionalInterface
  interface PlanFileReader {
    Plan load(Path file, long maxBytes);
  }

  /**
   * The files to read: each path that is not a folder, as given, and each *.json entry of each
   * folder, whatever its kind. PlanFiles refuses, unopened, an entry that is missing or not a
   * regular file, so that such an entry in a folder the operator named is reported, not skipped.
   */
  private static List<Path> files(List<Path> paths, List<String> errors) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> list = Files.list(path)) {
        list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        errors.add(listingError(path, e));
      } catch (UncheckedIOException e) {
        // An error part-way through arrives unchecked from the stream; the entries listed before
        // it are still checked, and the catalog is refused anyway.
        errors.add(listingError(path, e.getCause()));
      }
    }
    return files;
  }

  private static String listingError(Path folder, IOException e) {
    boolean denied = e instanceof AccessDeniedException;
    return "无法列出方案文件夹" + folder + ":" + (denied ? "没有权限" : e.getMessage())
        + " / cannot list plan folder " + folder + ": "
        + (denied ? "permission denied" : e.getMessage());
  }

  public Optional<Assessor> assessor(String planId) {
    return Optional.ofNullable(assessors.get(planId));
  }

  /** The plans in a stable order: by id. */
  public List<Plan> plans() {
    return assessors.values().stream().map(Assessor::plan)
        .sorted(java.util.Comparator.comparing(Plan::id)).collect(Collectors.toList());
  }

  /**
   * Thrown when start-up plan files are invalid; its message lists every error. A failure that
   * was a bug, not a bad file, is attached as a suppressed exception.
   */
  public static final class PlanLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    PlanLoadException(List<String> errors) {
      super("拒绝启动:" + errors.size() + "个方案文件问题 / refusing to start: " + errors.size()
          + " plan file problem" + (errors.size() == 1 ? "" : "s") + "\n"
          + String.join("\n", errors));
      this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
      return errors;
    }
  }
}
