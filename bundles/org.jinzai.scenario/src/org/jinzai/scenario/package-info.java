/**
 * The bridge between the EMF model and the engine: a scenario compiled into engine input (ScenarioCompiler), run
 * with settings resolved in one place (RunChoice, ScenarioRunner) and mapped back into results; comparisons with
 * common random numbers, goal-seeks, sweeps and sensitivity (Experiments, Levers).
 */
package org.jinzai.scenario;
