/**
 * The documents a planner hands on: the Excel workbooks of results, comparisons and experiments, the policy
 * section in Word (DocxReport) with its charts (JFreeChart), the data they share (ReportData), and reading
 * rosters from CSV or Excel (RosterFiles). Apache POI; no UI.
 */
package org.jinzai.reports;
