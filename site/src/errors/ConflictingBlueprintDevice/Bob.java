package example;

import dev.kiln.annotations.*;

@Blueprint(name = "bob", version = "1.0", doc = "Bob.")
@Device(name = "service", type = DeviceType.BLOCK)
public interface Bob {}
