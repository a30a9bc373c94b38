/**
 * New baselines and scenarios from templates: a municipality of a given size with the standard personas and
 * courses (BaselineTemplates, StandardCatalog), staff generated from counts (RosterGenerator), the example
 * scenarios and the example set installed at first start.
 */
package org.jinzai.model.templates;
