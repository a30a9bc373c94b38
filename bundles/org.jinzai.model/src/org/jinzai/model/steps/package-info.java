/**
 * What makes a person reach Step1, Step2 and Step3 of a persona: the step definitions of the skill standard
 * (StepRules).
 */
package org.jinzai.model.steps;
