/**
 * Reading and writing Jinzai files: the XMI resource factory, loading with clear errors (ModelLoadException),
 * atomic saves and backups (JinzaiResources), only local Jinzai files as references, and the staff roster import
 * from CSV (UTF-8 or CP932) with its line-by-line errors.
 */
package org.jinzai.model.io;
