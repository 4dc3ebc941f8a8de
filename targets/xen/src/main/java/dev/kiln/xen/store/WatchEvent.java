package dev.kiln.xen.store;

/** A watch fired: the path that changed (at or below the watched one) and the watch's token. */
public record WatchEvent(String path, String token) {}
