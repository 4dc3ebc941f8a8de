package dev.kiln.api.boot;

/**
 * A boot-time configuration key as the generated boot entry describes it.
 *
 * @param key the option name without dashes, e.g. {@code http.port}
 * @param type one of {@code STRING}, {@code INT}, {@code LONG}, {@code BOOLEAN}
 * @param builtIn the value used when the boot line does not give one; null when the key must be
 *     given at boot
 * @param doc one line for {@code --help}
 * @param secret whether the value must never be echoed
 */
public record BootOption(String key, String type, String builtIn, String doc, boolean secret) {}
