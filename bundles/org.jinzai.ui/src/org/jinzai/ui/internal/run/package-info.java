/**
 * Running and reading: the run, compare and experiment commands with their jobs and dialogs, the results,
 * comparison and experiment editors with their tables and charts, and the export of reports.
 */
package org.jinzai.ui.internal.run;
