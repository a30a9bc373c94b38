/**
 * Identifiers of the model editor that other bundles and tests refer to (ModelEditors).
 */
package org.jinzai.model.editor;
