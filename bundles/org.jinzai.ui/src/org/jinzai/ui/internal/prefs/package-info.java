/**
 * The simulation preferences (replications, seed, threads, language) and their page.
 */
package org.jinzai.ui.internal.prefs;
