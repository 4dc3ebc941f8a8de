package dev.kiln.examples.kv;

import dev.kiln.annotations.Config;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Target;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.Http;
import dev.kiln.api.http.Routes;
import dev.kiln.api.kv.KvStore;
import jakarta.inject.Inject;

/**
 * A key-value service over HTTP, its data kept on the {@code storage} block device by {@link
 * KvStore} and served on the {@code service} network device: {@code GET}, {@code PUT} and
 * {@code DELETE} of {@code /kv/KEY}, and {@code GET /kv/} for the list of keys (see {@link
 * KvHandler}). A {@code PUT} is answered only once the value is durable.
 *
 * <p>A blank device (a new, zero-filled image file) is formatted at the first boot ({@code
 * kv-store.format=if-empty}, which the boot line can change); a device holding anything else is
 * refused. Request bodies are limited to the store's largest value, so a larger one is answered
 * 413 by the server before it is read. The access log is off: at thousands of requests a second
 * the service would spend its time writing it.
 *
 * <p>Running it, with a new blank file as the device:
 *
 * <pre>{@code
 * truncate -s 64M kv.img
 * kiln run --net service=tap0 --block storage=kv.img kv-service.spt -- --ipv4=10.0.0.2/24
 * kiln run --block storage=kv.img kv-service.jar -- --http.port=8080
 * curl -X PUT --data-binary @photo.jpg http://10.0.0.2/kv/photos/1
 * curl http://10.0.0.2/kv/photos/1
 * }</pre>
 */
@Unikernel(name = "kv-service", targets = {Target.JVM, Target.SPT, Target.VIRTIO})
@Device(name = "storage", type = DeviceType.BLOCK)
@Device(name = "service", type = DeviceType.NET)
@Config(key = "kv-store.format", value = "if-empty")
@Config(key = "http.max-body-bytes", value = "" + KvStore.MAX_VALUE_BYTES)
@Config(key = "http.access-log", value = "false")
public final class KvService implements Application {
  private final Http http;
  private final KvStore store;
  private final Console console;
  private final int port;

  @Inject
  KvService(Http http, KvStore store, Console console, @Setting("http.port") int port) {
    this.http = http;
    this.store = store;
    this.console = console;
    this.port = port;
  }

  @Override
  public void start() {
    KvHandler handler = new KvHandler(store, console);
    Routes routes = new Routes()
        .prefix(HttpMethod.GET, KvHandler.PREFIX, handler)
        .prefix(HttpMethod.PUT, KvHandler.PREFIX, handler)
        .prefix(HttpMethod.DELETE, KvHandler.PREFIX, handler);
    http.serve(routes);
    console.println("kv-service: serving " + store.size() + " keys on port " + port);
  }
}
