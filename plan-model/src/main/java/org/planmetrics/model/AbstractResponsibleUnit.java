package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body the plan gives work to (责任单位), for example {@code justice-bureau}, 市司法局, a
 * municipal bureau.
 */
@Value.Immutable
@JsonSerialize(as = ResponsibleUnit.class)
@JsonDeserialize(as = ResponsibleUnit.class)
public abstract class AbstractResponsibleUnit {

  public abstract String id();

  public abstract LocalizedText name();

  public abstract UnitKind kind();

  /**
   * The unit that houses this one, where the text says so: the leading group's office sits in the
   * commerce bureau ("办公室(商务局)").
   */
  public abstract Optional<String> hostedBy();
}
