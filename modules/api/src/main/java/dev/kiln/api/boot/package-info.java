/**
 * What generated boot entries call: parse and check the boot command line, wire the composition,
 * start the application and run its event loop, and turn any failure into a stack trace on the
 * console and a non-zero exit status. Not for application code.
 */
package dev.kiln.api.boot;
