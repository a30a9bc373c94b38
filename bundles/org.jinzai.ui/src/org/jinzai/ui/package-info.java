/**
 * The workbench's public constants: ids of its views, editors and commands (JinzaiUi).
 */
package org.jinzai.ui;
