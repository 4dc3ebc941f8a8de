package dev.kiln.blueprints.staticsite;

import dev.kiln.annotations.Apply;
import dev.kiln.annotations.Blueprint;
import dev.kiln.annotations.Config;
import dev.kiln.annotations.Needs;
import dev.kiln.api.http.Http;
import dev.kiln.api.kv.KvRo;
import dev.kiln.blueprints.tcpservice.TcpService;

/**
 * A static website: the HTTP server and the read-only store of files embedded at build time, on
 * the {@code service} network device and static address of {@link TcpService}, which it applies.
 * An application applies it with {@code @Apply(StaticSite.class)}, injects {@link Http} and
 * {@link KvRo} and serves the files; the kiln-maven-plugin {@code assets} goal embeds the
 * project's {@code src/main/kiln-assets} folder. {@code http.port} is 80 unless the application
 * or the boot line ({@code --http.port=8080}) says otherwise.
 */
@Blueprint(
    name = "static-site",
    version = "0.1.0-SNAPSHOT",
    doc = "A static website: HTTP serving files embedded at build time, on a TCP service.")
@Apply(TcpService.class)
@Needs({Http.class, KvRo.class})
@Config(key = "http.port", value = "80")
public interface StaticSite {}
