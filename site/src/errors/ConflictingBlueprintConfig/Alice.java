package example;

import dev.kiln.annotations.*;

@Blueprint(name = "alice", version = "1.0", doc = "Alice.")
@Config(key = "who", value = "alice")
public interface Alice {}
