/**
 * The engine's own tools, not its API: the random number streams keyed by replication, person and event (Rng)
 * that make runs reproducible on any thread count, and the transport solver the rotation uses (ConvexTransport).
 */
package org.jinzai.engine.internal;
