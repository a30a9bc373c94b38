/**
 * The user guide (ユーザーガイド) in the product: its pages, the view that shows them with plain SWT, and F1 and
 * Help ▸ Contents, with the one mapping from what has the focus to a page ({@link org.jinzai.ui.internal.help.HelpTopics}).
 */
package org.jinzai.ui.internal.help;
