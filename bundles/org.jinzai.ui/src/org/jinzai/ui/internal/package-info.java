/**
 * The workbench application: its start (JinzaiApplication), advisors, the 人材計画 perspective, menus, the
 * examples installed at first start and their names in the user's language.
 */
package org.jinzai.ui.internal;
