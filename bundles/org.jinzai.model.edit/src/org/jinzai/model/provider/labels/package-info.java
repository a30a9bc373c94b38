/**
 * The names the user reads for the model's elements and features, in Japanese and English (ModelLabels), used by
 * the generated item providers, the forms, the validator's messages and the undo labels.
 */
package org.jinzai.model.provider.labels;
