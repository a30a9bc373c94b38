/**
 * The bundle's activator: gives Log4j, POI's logging API, its provider in OSGi.
 */
package org.jinzai.reports.internal;
