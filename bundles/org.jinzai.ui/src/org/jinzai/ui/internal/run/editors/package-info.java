/**
 * The editors that show what a run found: the results of a scenario, a comparison, an experiment, and a saved
 * output; with their tables, charts, printing and copying.
 */
package org.jinzai.ui.internal.run.editors;
