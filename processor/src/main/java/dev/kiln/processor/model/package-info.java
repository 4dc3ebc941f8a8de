/**
 * Immutable descriptions of what the processor read (modules, applications, devices, keys) and
 * of what it decided (a composition per target). Built once, never changed.
 */
package dev.kiln.processor.model;
