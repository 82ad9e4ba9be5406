package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The units the plan's own unit is ranked among, for example Jiujiang's 13 county-level units,
 * with {@code gongqingcheng} as {@link #self()} and the top third as the first tier.
 */
@Value.Immutable
@JsonSerialize(as = PeerGroup.class)
@JsonDeserialize(as = PeerGroup.class)
public abstract class AbstractPeerGroup {

  public abstract String id();

  public abstract LocalizedText name();

  /** The id of the plan's own unit among {@link #units()}. */
  public abstract String self();

  public abstract List<PeerUnit> units();

  public abstract FirstTierRule firstTierRule();

  /** The peer with this id, if there is one. */
  public Optional<PeerUnit> unit(String id) {
    return units().stream().filter(u -> u.id().equals(id)).findFirst();
  }
}
