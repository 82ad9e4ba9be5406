package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/** A project signed in the week reported, for example P-2024-11, 45 亿元, on 2024-04-16. */
@Value.Immutable
@JsonSerialize(as = SignedProject.class)
@JsonDeserialize(as = SignedProject.class)
abstract class AbstractSignedProject {

  public abstract String project();

  public abstract String name();

  public abstract LocalDate signedOn();

  /** In 亿元. */
  public abstract BigDecimal investment();

  public abstract Optional<String> direction();

  /** The roster team that follows it, if any. */
  public abstract Optional<String> team();

  /** That team's name, when the team is on the roster. */
  public abstract Optional<LocalizedText> teamName();
}
