package dev.kiln.kvstore;

/** Where the put record holding a key's current value is: its byte position and length. */
record RecordLocation(long position, int length) {}
