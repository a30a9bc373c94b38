/** The dialogs that ask the question of an experiment and where and how to export a report. */
package org.jinzai.ui.internal.run.dialogs;
