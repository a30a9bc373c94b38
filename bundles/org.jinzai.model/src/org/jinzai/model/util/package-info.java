/**
 * Small facts about the model used everywhere: fiscal years as 2026 and 令和8年度 (FiscalYears), the unit of
 * a target and whether it is a share (Targets), and where an unexpected error is logged (InternalErrors).
 */
package org.jinzai.model.util;
