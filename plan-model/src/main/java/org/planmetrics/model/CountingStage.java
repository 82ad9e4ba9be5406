package org.planmetrics.model;

/** The stage at which a project is counted as introduced, for example {@code SIGNED} (签约). */
public enum CountingStage {
  /** 签约: the contract is signed. The default. */
  SIGNED,
  /** 开工: construction has started. */
  STARTED,
  /** 投产: production has started. */
  PRODUCING
}
