package example;

import dev.kiln.annotations.*;

@Blueprint(name = "bob", version = "1.0", doc = "Bob.")
@Config(key = "who", value = "bob")
public interface Bob {}
