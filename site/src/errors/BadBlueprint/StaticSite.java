package example;

import dev.kiln.annotations.*;

@Blueprint(name = "Static Site", version = "1.0", doc = "Serves a static site.")
public interface StaticSite {}
