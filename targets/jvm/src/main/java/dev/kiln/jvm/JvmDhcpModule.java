package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.net.Dhcp;

/**
 * "DHCP" on the JVM: the host has configured its addresses already, so this reports the host's
 * IPv4 address, prefix, default gateway and name servers as a lease that never ends.
 */
@KilnModule(
    provides = Dhcp.class,
    targets = Target.JVM,
    config = {
        @ConfigKey(name = "jvm.dhcp.interface", defaultValue = "", phase = ConfigPhase.BOOT,
            doc = "The host interface whose address is reported; empty: the first one that is up,"
                + " not loopback and has an IPv4 address (loopback if there is none).")
    },
    doc = "Reports the host's own IPv4 addressing as an infinite lease (the host does"
        + " addressing on the JVM; no DHCP messages are sent).")
@Module
public abstract class JvmDhcpModule {
  private JvmDhcpModule() {}

  @Binds
  abstract Dhcp dhcp(JvmDhcp dhcp);
}
