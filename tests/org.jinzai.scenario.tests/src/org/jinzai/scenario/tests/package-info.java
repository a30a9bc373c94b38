/**
 * Tests of the bridge: example scenarios compiled and run against golden outputs, experiments, the preview, run
 * settings and seeds, the model and engine kinds kept in step; and the benchmark (a tool, not a test).
 */
package org.jinzai.scenario.tests;
