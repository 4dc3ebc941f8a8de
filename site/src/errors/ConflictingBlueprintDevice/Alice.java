package example;

import dev.kiln.annotations.*;

@Blueprint(name = "alice", version = "1.0", doc = "Alice.")
@Device(name = "service", type = DeviceType.NET)
public interface Alice {}
