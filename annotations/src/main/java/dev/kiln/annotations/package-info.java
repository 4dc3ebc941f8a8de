/**
 * The annotations of Kiln.
 *
 * <p>An application writes {@link dev.kiln.annotations.Unikernel}, {@link dev.kiln.annotations.Needs},
 * {@link dev.kiln.annotations.Device}, {@link dev.kiln.annotations.Config} and, to settle a choice
 * between modules, {@link dev.kiln.annotations.Use}; it takes reusable compositions whole with
 * {@link dev.kiln.annotations.Apply}. A blueprint author marks an interface
 * {@link dev.kiln.annotations.Blueprint} and puts the same annotations on it. A module author
 * writes {@link dev.kiln.annotations.KilnModule} with its
 * {@link dev.kiln.annotations.ConfigKey}s, and marks capability interfaces with
 * {@link dev.kiln.annotations.Capability}.
 *
 * <p>All of them are read at compile time by the Kiln processor; none is needed at run time.
 */
package dev.kiln.annotations;
