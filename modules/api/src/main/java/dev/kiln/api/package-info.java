/**
 * Capability interfaces: what applications need and library-OS modules provide.
 *
 * <p>Each interface marked {@link dev.kiln.annotations.Capability} can be named in {@code @Needs}
 * or injected into an application's constructor. The platform capabilities ({@link Console},
 * {@link Clock}, {@link Random}, {@link Idle}) are provided per target; {@link EventLoop} is the
 * single-threaded loop every image runs. The network capabilities, one per layer, are in {@link
 * dev.kiln.api.net}.
 */
package dev.kiln.api;
