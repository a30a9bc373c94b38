/** Tests of the chart files (SVG, PNG) the reports draw. */
package org.jinzai.reports.tests;
