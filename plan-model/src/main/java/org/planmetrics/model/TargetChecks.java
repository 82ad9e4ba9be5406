package org.planmetrics.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * The rules of one target's own fields: unique id, the subject its kind needs, references that
 * exist, and a threshold whose unit fits the kind, with shares within [0, 1], no negative amounts
 * and whole counts and tiers.
 */
final class TargetChecks {

  private final Plan plan;
  private final ViolationList out;
  private final Set<String> indicatorIds;
  private final ProjectSelectionChecks selections;
  private final Map<String, String> pathById = new HashMap<>();

  TargetChecks(Plan plan, ViolationList out, Set<String> indicatorIds, Set<String> tierIds) {
    this.plan = plan;
    this.out = out;
    this.indicatorIds = indicatorIds;
    this.selections = new ProjectSelectionChecks(out, tierIds);
  }

  /** Checks the target at {@code path}, for example {@code /goals/0/targets/2}. */
  void check(String path, Target target) {
    String earlier = pathById.putIfAbsent(target.id(), path);
    if (earlier != null) {
      out.add(path + "/id", "duplicate-id", "'id' must be unique among targets but '"
          + target.id() + "' is also used at " + earlier, target.id());
    }
    TargetKind kind = target.kind();
    subject(path, "indicator", target.indicator().isPresent(),
        kind.subject() == TargetKind.Subject.INDICATOR, kind);
    subject(path, "projects", target.projects().isPresent(),
        kind.subject() == TargetKind.Subject.PROJECTS, kind);
    subject(path, "share", target.share().isPresent(),
        kind.subject() == TargetKind.Subject.SHARE, kind);

    Unit indicatorUnit = null;
    if (target.indicator().isPresent()) {
      String id = target.indicator().get();
      if (out.reference(path + "/indicator", "indicator", id, indicatorIds)) {
        indicatorUnit = plan.indicator(id).map(Indicator::unit).orElse(null);
      }
    }
    target.projects().ifPresent(p -> selections.check(path + "/projects", p));
    target.share().ifPresent(s -> selections.check(path + "/share", s));
    checkThreshold(path, target, indicatorUnit);
  }

  private void checkThreshold(String path, Target target, Unit indicatorUnit) {
    TargetKind kind = target.kind();
    Quantity threshold = target.threshold();
    boolean indicatorKnown = kind.subject() != TargetKind.Subject.INDICATOR || indicatorUnit != null;
    boolean unitFits = !indicatorKnown || kind.accepts(threshold.unit(), indicatorUnit);
    if (!unitFits) {
      String expected = kind == TargetKind.CUMULATIVE_AMOUNT
          ? "the unit of indicator '" + target.indicator().orElse("") + "' (" + indicatorUnit + ")"
          : "one of " + kind.acceptedUnits().stream().map(Enum::name).sorted()
              .collect(Collectors.joining(", "));
      out.add(path + "/threshold/unit", "unit-mismatch", "'threshold' of "
          + ViolationList.article(kind.name()) + " " + kind + " target must be in " + expected
          + " but was " + threshold.unit(), threshold.unit().name());
    }
    BigDecimal value = threshold.value();
    String plain = value.toPlainString();
    if (kind == TargetKind.SHARE
        && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
      out.add(path + "/threshold/value", "share-out-of-range",
          "'threshold' of a SHARE target must be between 0 and 1 but was " + plain, plain);
    } else if (kind != TargetKind.ANNUAL_GROWTH && value.signum() < 0) {
      out.add(path + "/threshold/value", "negative-amount", "'threshold' of "
          + ViolationList.article(kind.name()) + " " + kind + " target must not be negative but"
          + " was " + plain, plain);
    }
    if (unitFits && (kind == TargetKind.FIRST_TIER_RANK || threshold.unit() == Unit.COUNT)
        && value.signum() >= 0 && value.stripTrailingZeros().scale() > 0) {
      out.add(path + "/threshold/value", "not-whole", "'threshold' of a count or tier must be a "
          + "whole number but was " + plain, plain);
    }
  }

  private void subject(String path, String field, boolean present, boolean required,
      TargetKind kind) {
    String a = ViolationList.article(kind.name());
    if (required && !present) {
      out.add(path + "/" + field, "missing-field", a + " " + kind
          + " target must have '" + field + "'", null);
    } else if (!required && present) {
      out.add(path + "/" + field, "unexpected-field", a + " " + kind
          + " target must not have '" + field + "'", null);
    }
  }
}
