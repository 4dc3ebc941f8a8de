package dev.kiln.net.arp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Arp;
import dev.kiln.api.net.Ethernet;

/** Binds {@link Arp} to {@link ArpLayer}. */
@KilnModule(
    provides = Arp.class,
    requires = {Ethernet.class, Clock.class, EventLoop.class},
    doc = "ARP: an expiring cache, requests and replies, gratuitous ARP, a bounded wait queue.")
@Module
public abstract class ArpModule {
  private ArpModule() {}

  @Binds
  abstract Arp arp(ArpLayer layer);
}
