package dev.kiln.eventloop;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Idle;
import jakarta.inject.Singleton;

/** Binds {@link EventLoop} to {@link DeadlineEventLoop}. */
@KilnModule(
    provides = EventLoop.class,
    requires = {Clock.class, Idle.class},
    doc = "The single-threaded loop of timers and device events.")
@Module
public abstract class EventLoopModule {
  private EventLoopModule() {}

  @Binds
  @Singleton
  abstract EventLoop eventLoop(DeadlineEventLoop loop);
}
