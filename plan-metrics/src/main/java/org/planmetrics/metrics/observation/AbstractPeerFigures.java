package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One peer unit's figures for a period, for example {@code {"total": 3.1, "growth": 0.12}}: the
 * level (总量) and the growth rate (增幅, a fraction) the city ranks on.
 */
@Value.Immutable
@JsonSerialize(as = PeerFigures.class)
@JsonDeserialize(as = PeerFigures.class)
abstract class AbstractPeerFigures {

  @Value.Parameter
  public abstract BigDecimal total();

  @Value.Parameter
  public abstract BigDecimal growth();
}
