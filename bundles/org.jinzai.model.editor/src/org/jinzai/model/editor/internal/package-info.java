/**
 * The form editor of baselines (.jzb) and scenarios (.jzs): its pages, tables and year-by-year plan grid, the
 * Properties view's sources, the problem markers of validation, undo labels in the user's words (CommandLabels)
 * and the safe deletion of baseline elements that scenarios use.
 */
package org.jinzai.model.editor.internal;
