package org.planmetrics.model;

import java.util.List;

/**
 * An item of the plan's text that gives work to units: a key direction, a measure or a
 * safeguard, for example 三.8 打造全域文化旅游项目.
 */
public interface ResponsibilityHolder {

  String id();

  /** The clause of the document, for example {@code 四.(二).1}. */
  String clause();

  LocalizedText title();

  /** The paragraph after the title, without the 责任单位 list. */
  LocalizedText text();

  /** Who is responsible, 责任单位 first in the document's order, then roles from the text. */
  List<Responsibility> responsibilities();
}
