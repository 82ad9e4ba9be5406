package org.planmetrics.model;

/**
 * A stage a project reaches in the ledger, at which a plan or one of its targets counts it, for
 * example {@code SIGNED} (签约). The plan's {@code countingStage} places projects in a year for
 * every report; a target's project selection may name its own ({@code "stage": "STARTED"}).
 *
 * <p>{@code REGISTERED}, {@code LISTED} and {@code PIPELINE} were added after the other three
 * and stand last so that the existing order is kept; the order says nothing about which stage
 * comes first.
 */
public enum CountingStage {
  /** 签约: the contract is signed. The default. */
  SIGNED,
  /** 开工: construction has started. */
  STARTED,
  /** 投产: production has started. */
  PRODUCING,
  /** 落地/注册: the project's company is registered in the county (ledger field registeredOn). */
  REGISTERED,
  /** 入库: the project is listed in the statistics database, e.g. 入统 (ledger field listedOn). */
  LISTED,
  /**
   * 储备: the project is taken into the county's pipeline (项目储备库) before any contract (ledger
   * field pipelineOn). A pipeline project without a signing date is in no report of signed
   * projects.
   */
  PIPELINE
}
