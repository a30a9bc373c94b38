/**
 * The headless command line (jinzai validate, simulate, compare, goal-seek, sweep, sensitivity, import-staff, policy-template):
 * Cli finds the command, each *Command class checks its options (Options) and files, runs through
 * org.jinzai.scenario and writes its output folder as a unit (CommandContext, OutputFolder); the *Files classes
 * write each command's CSV and JSON.
 */
package org.jinzai.cli;
