/**
 * The preview view: the analytic engine's expected value of every target, recomputed while a scenario is edited
 * (PreviewView).
 */
package org.jinzai.ui.internal.preview;
