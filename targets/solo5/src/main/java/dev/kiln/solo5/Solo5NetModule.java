package dev.kiln.solo5;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Net;

/** Network devices on Solo5. */
@KilnModule(
    provides = Net.class,
    requires = EventLoop.class,
    targets = {Target.SPT, Target.HVT, Target.VIRTIO},
    doc = "Network devices through solo5_net_read and solo5_net_write, ready via solo5_yield.")
@Module
public abstract class Solo5NetModule {
  private Solo5NetModule() {}

  @Binds
  abstract Net net(Solo5Net net);
}
