/**
 * The commands of running and reading (run a scenario, compare scenarios, goal-seek, sweep, sensitivity, export a
 * report): each handler finds the scenario the user chose, asks what is needed and schedules the job.
 */
package org.jinzai.ui.internal.run.handlers;
