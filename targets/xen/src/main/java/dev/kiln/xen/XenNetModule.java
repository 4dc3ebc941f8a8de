package dev.kiln.xen;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Net;

/** Network devices on Xen, through Kiln's netfront. */
@KilnModule(
    provides = Net.class,
    requires = EventLoop.class,
    targets = Target.XEN,
    doc = "Network devices through Kiln's Xen netfront: the k-th net device of the manifest is"
        + " the k-th vif of the domain.")
@Module
public abstract class XenNetModule {
  private XenNetModule() {}

  @Binds
  abstract Net net(XenNet net);
}
