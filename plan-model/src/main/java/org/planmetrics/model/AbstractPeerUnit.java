package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A unit ranked beside the plan's own, for example {@code ruichang}, 瑞昌市. */
@Value.Immutable
@JsonSerialize(as = PeerUnit.class)
@JsonDeserialize(as = PeerUnit.class)
public abstract class AbstractPeerUnit {

  public abstract String id();

  public abstract LocalizedText name();
}
