/** Tests of the model: load and save safety, validation rules in the planner's words, roster import, the examples and templates. */
package org.jinzai.model.tests;
