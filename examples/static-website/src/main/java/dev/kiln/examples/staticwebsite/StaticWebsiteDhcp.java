package dev.kiln.examples.staticwebsite;

import dev.kiln.annotations.Apply;
import dev.kiln.annotations.Needs;
import dev.kiln.annotations.Target;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import dev.kiln.api.http.Http;
import dev.kiln.api.kv.KvRo;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.blueprints.staticsite.StaticSite;

/**
 * The site of {@link StaticWebsite}, from the same blueprint, with its address from DHCP: needing
 * {@link Dhcp} on top of the blueprint pulls in the DHCP client, and IPv4 then ignores the
 * blueprint's static {@code ipv4} and takes what a hypervisor's network (QEMU's user network, a
 * cloud's) hands out. It serves at once; requests arrive once the first lease is bound. Built for
 * virtio and spt.
 */
@Unikernel(name = "static-website-dhcp", targets = {Target.VIRTIO, Target.SPT})
@Apply(StaticSite.class)
@Needs(Dhcp.class)
public final class StaticWebsiteDhcp implements Application {
  private final Http http;
  private final KvRo files;
  private final Dhcp dhcp;
  private final Console console;
  private final int port;

  @jakarta.inject.Inject
  StaticWebsiteDhcp(Http http, KvRo files, Dhcp dhcp, Console console,
      @Setting("http.port") int port) {
    this.http = http;
    this.files = files;
    this.dhcp = dhcp;
    this.console = console;
    this.port = port;
  }

  @Override
  public void start() {
    http.serve(new AssetHandler(files));
    console.println("static-website: serving " + files.keys().size() + " files on port " + port
        + ", asking for an address by DHCP");
    dhcp.onLease(new Dhcp.Listener() {
      @Override
      public void bound(Dhcp.Lease lease) {
        console.println("static-website: leased " + lease.address() + " from "
            + Ipv4Address.format(lease.server()));
      }

      @Override
      public void lost() {
        console.println("static-website: lease lost");
      }
    });
  }
}
