/**
 * The checks of baselines and scenarios (JinzaiValidator), with messages that name the element and field as the
 * forms do (ElementNames, ElementPaths); which attributes are rates shown as percentages (Rates); what a scenario
 * uses of its baseline (BaselineUses) and what changed between two scenarios (ScenarioChanges).
 */
package org.jinzai.model.validation;
