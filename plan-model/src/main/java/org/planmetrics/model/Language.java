package org.planmetrics.model;

import java.util.Locale;

/** The two languages every text of a plan is held in, Chinese first. */
public enum Language {
  ZH,
  EN;

  /** English for an English locale, otherwise Chinese, the plan's own language. */
  public static Language of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
  }
}
