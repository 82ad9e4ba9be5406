/** Reading, validating and writing plan files (JSON). */
package org.planmetrics.model.json;
