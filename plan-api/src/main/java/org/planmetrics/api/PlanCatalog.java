package org.planmetrics.api;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.planmetrics.model.BundledPlans;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Plan;
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
   * The bundled plan plus every plan file at {@code paths} (a folder contributes its *.json
   * files, in name order).
   *
   * @throws PlanLoadException listing every error of every file, if any file is unreadable or
   *     invalid, or two plans share an id
   */
  public static PlanCatalog load(List<Path> paths) {
    List<Plan> plans = new ArrayList<>(List.of(BundledPlans.gongqingcheng2022()));
    List<String> errors = new ArrayList<>();
    for (Path file : files(paths, errors)) {
      try {
        plans.add(PlanFiles.load(file));
      } catch (InvalidPlanException e) {
        errors.add(e.getMessage());
      } catch (UncheckedIOException e) {
        errors.add("cannot read plan file " + file + ": " + e.getCause().getMessage());
      }
    }
    Map<String, Long> ids = plans.stream()
        .collect(Collectors.groupingBy(Plan::id, LinkedHashMap::new, Collectors.counting()));
    ids.forEach((id, count) -> {
      if (count > 1) {
        errors.add("plan id '" + id + "' is used by " + count + " plans; ids must be unique");
      }
    });
    if (!errors.isEmpty()) {
      throw new PlanLoadException(errors);
    }
    return of(plans);
  }

  private static List<Path> files(List<Path> paths, List<String> errors) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
              .forEach(files::add);
        } catch (IOException e) {
          errors.add("cannot list plan folder " + path + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        errors.add("plan file " + path + " does not exist");
      }
    }
    return files;
  }

  public Optional<Assessor> assessor(String planId) {
    return Optional.ofNullable(assessors.get(planId));
  }

  /** The plans in a stable order: by id. */
  public List<Plan> plans() {
    return assessors.values().stream().map(Assessor::plan)
        .sorted(java.util.Comparator.comparing(Plan::id)).collect(Collectors.toList());
  }

  /** Thrown when start-up plan files are invalid; its message lists every error. */
  public static final class PlanLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    PlanLoadException(List<String> errors) {
      super("refusing to start: " + errors.size() + " plan file problem"
          + (errors.size() == 1 ? "" : "s") + "\n" + String.join("\n", errors));
      this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
      return errors;
    }
  }
}
