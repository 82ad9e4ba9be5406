package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The higher-level document a plan implements, for example 《九江市强招商兴产业促倍增三年行动方案》,
 * 九办发〔2022〕2号.
 */
@Value.Immutable
@JsonSerialize(as = ParentDocument.class)
@JsonDeserialize(as = ParentDocument.class)
public abstract class AbstractParentDocument {

  public abstract LocalizedText title();

  /** The document number (文号), for example {@code 九办发〔2022〕2号}. */
  public abstract String documentNumber();

  public abstract LocalizedText issuer();
}
