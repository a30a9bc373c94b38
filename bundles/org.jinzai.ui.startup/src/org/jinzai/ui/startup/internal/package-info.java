/**
 * A faster start: the workbench's display made on the main thread while the framework still starts bundles
 * (EarlyDisplay).
 */
package org.jinzai.ui.startup.internal;
