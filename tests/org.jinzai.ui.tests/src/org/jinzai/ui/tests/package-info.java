/** UI-harness tests on the real workbench: perspective, editors, views, dialogs, runs, experiments and the Japanese of every label. */
package org.jinzai.ui.tests;
