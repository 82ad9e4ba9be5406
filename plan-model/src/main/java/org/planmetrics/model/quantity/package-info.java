/** Exact quantities with units, comparison operators and commitment words. */
package org.planmetrics.model.quantity;
