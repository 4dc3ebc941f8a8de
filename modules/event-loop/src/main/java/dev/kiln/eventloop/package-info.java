/**
 * The event loop module.
 *
 * <p>Provides {@link dev.kiln.api.EventLoop}; requires {@link dev.kiln.api.Clock} and {@link
 * dev.kiln.api.Idle}. Timers run in deadline order (ties in scheduling order); when nothing is due
 * the loop blocks in {@code Idle.waitUntil} until the next deadline, then runs the handlers of the
 * devices reported ready. Not implemented yet: priorities, and fairness limits for a handler that
 * always has more input.
 */
package dev.kiln.eventloop;
