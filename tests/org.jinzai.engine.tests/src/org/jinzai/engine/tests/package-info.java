/**
 * Tests of the engines: known-answer cases, invariants, statistics within stated standard errors, thread-count
 * independence, common random numbers, rules, and the analytic engine's agreement with the Monte Carlo.
 */
package org.jinzai.engine.tests;
