/**
 * Exported files (reports, workbooks) opened with the programs the system associates with them, never in a text
 * editor (SystemPrograms).
 */
package org.jinzai.ui.internal.files;
