package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One of the plan's safeguards (相关保障), for example {@code organizational-leadership}, 五.1
 * 加强组织领导.
 */
@Value.Immutable
@JsonSerialize(as = Safeguard.class)
@JsonDeserialize(as = Safeguard.class)
public abstract class AbstractSafeguard implements ResponsibilityHolder {}
