/**
 * The wizards and commands that make files: a new baseline, a copy of a scenario, a staff roster imported into a
 * baseline.
 */
package org.jinzai.ui.internal.wizards;
