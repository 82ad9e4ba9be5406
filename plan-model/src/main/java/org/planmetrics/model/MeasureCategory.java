package org.planmetrics.model;

/** The two groups of the plan's measures (重点举措). */
public enum MeasureCategory {
  /** 四.(一) 创新招商引资方式方法: methods of investment promotion. */
  METHOD,
  /** 四.(二) 健全招商引资体制机制: institutional mechanisms. */
  MECHANISM
}
