package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One of the key directions of investment promotion (招商引资重点方向), for example
 * {@code cultural-tourism}, 三.8 打造全域文化旅游项目.
 */
@Value.Immutable
@JsonSerialize(as = KeyDirection.class)
@JsonDeserialize(as = KeyDirection.class)
public abstract class AbstractKeyDirection implements ResponsibilityHolder {

  /**
   * The goals this direction chiefly serves. The document does not state this link; it is the
   * plan editors' reading, there so that dashboards can show a direction beside its goals. It may
   * be empty.
   */
  public abstract List<String> goals();
}
