package dev.kiln.http;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Tcp;
import dev.kiln.eventloop.EventLoopModule;
import dev.kiln.jvm.JvmClockModule;
import dev.kiln.jvm.JvmIdleModule;
import dev.kiln.jvm.JvmTcpModule;
import jakarta.inject.Singleton;

/**
 * The jvm target's host-socket TCP, its clock, idle wait and the real event loop, wired by Dagger
 * from the target's own modules as a jvm image would be.
 */
@Singleton
@Component(modules = {JvmTcpModule.class, JvmClockModule.class, JvmIdleModule.class,
    EventLoopModule.class, JvmHostComponent.Settings.class})
interface JvmHostComponent {
  Tcp tcp();

  EventLoop loop();

  Clock clock();

  /** The configuration the target's modules read. */
  @Module
  final class Settings {
    private Settings() {}

    @Provides
    @Setting("jvm.tcp.bind-address")
    static String bindAddress() {
      return "127.0.0.1";
    }
  }
}
