package org.planmetrics.model.quantity;

/**
 * How firmly a plan commits to a target, for example {@code ENSURE} for "确保…第一方阵".
 */
public enum Commitment {
  /** 确保: a binding floor. Falling short of it is a failure of the plan. */
  ENSURE("确保", "ensure"),
  /** 力争: a stretch target the plan strives for. */
  STRIVE("力争", "strive"),
  /** Neither word: a plain target. */
  PLAIN("", "plain");

  private final String chineseWord;
  private final String englishWord;

  Commitment(String chineseWord, String englishWord) {
    this.chineseWord = chineseWord;
    this.englishWord = englishWord;
  }

  /** The word in the plan's text, or an empty string for {@link #PLAIN}. */
  public String chineseWord() {
    return chineseWord;
  }

  public String englishWord() {
    return englishWord;
  }
}
