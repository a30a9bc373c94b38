/**
 * The background jobs that run scenarios, comparisons and experiments through {@code org.jinzai.scenario}, with
 * progress and Cancel, and what they share: loading a valid scenario, scheduling, progress reporting.
 */
package org.jinzai.ui.internal.run.jobs;
