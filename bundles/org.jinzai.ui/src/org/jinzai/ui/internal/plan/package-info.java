/**
 * The 年度別計画 view: the open scenario's year-by-year plan of seats and hires (PlanView).
 */
package org.jinzai.ui.internal.plan;
