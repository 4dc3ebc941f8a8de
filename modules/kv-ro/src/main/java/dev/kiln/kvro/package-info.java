/**
 * Read-only key-value store of files embedded at build time.
 *
 * <p>Provides {@link dev.kiln.api.kv.KvRo}; requires {@link dev.kiln.kvro.AssetTable}, which the
 * application's own build generates. How the files get into every image:
 *
 * <ol>
 *   <li>The kiln-maven-plugin's {@code assets} goal (phase generate-sources) reads the folder
 *       ({@code src/main/kiln-assets} unless configured), checks every name is a valid key and
 *       every file is within the size limits, computes each file's MIME type (from its extension)
 *       and ETag (the first 64 bits of its SHA-256, quoted), and writes two Java sources to
 *       {@code target/generated-sources/kiln-assets}: {@code KilnAssets}, an {@link
 *       dev.kiln.kvro.AssetTable} of {@link dev.kiln.kvro.EmbeddedFile} constants, and {@code
 *       KilnAssetsModule}, a Dagger {@code @Module} with {@code @KilnModule(provides =
 *       AssetTable.class)}. The output is deterministic: sorted keys, no timestamps or paths.
 *   <li>Those sources are compiled with the application. The Kiln processor sees {@code
 *       KilnAssetsModule} among the {@code @KilnModule}s of that compilation, so when the
 *       application needs {@code KvRo}, the chain is KvRo &rarr; {@link dev.kiln.kvro.KvRoModule}
 *       requires AssetTable &rarr; KilnAssetsModule, and the generated Dagger component wires
 *       them. No reflection and no class-path resources: TeaVM's C backend has none at run time.
 *   <li>File bytes travel as string constants in the {@link dev.kiln.kvro.AssetEncoding} format,
 *       which both javac (65,535 bytes per constant) and TeaVM's C string pool (valid C string
 *       literals) accept; an entry decodes them into a byte array on its first read.
 * </ol>
 *
 * <p>Use: depend on {@code dev.kiln:kiln-kv-ro}, add {@code <goal>assets</goal>} next to {@code
 * <goal>build</goal>} in the kiln-maven-plugin's execution, put the files under {@code
 * src/main/kiln-assets}, and inject {@code KvRo}. The goal's parameters: {@code assetDirectory}
 * (a folder named here must exist), {@code assetPackage} (default: groupId.artifactId as a Java
 * package), {@code assetMaxFileBytes} (default 8 MiB), {@code assetMaxTotalBytes} (default 64
 * MiB; at most 256 MiB and 8,192 files, which keeps the generated class within the class file's
 * constant limit). Names that are not valid keys, oversized files and anything but regular files
 * fail the build with every offending path listed.
 *
 * <p>An application that needs {@code KvRo} without running the {@code assets} goal fails to
 * compile with {@code [Kiln/MissingProvider]} for AssetTable. Keys are case-sensitive and use the
 * characters a URL path carries unescaped; lookups are a binary search over the sorted keys.
 *
 * <p>Not implemented yet: compression (gzip variants), MIME types configured per project, files
 * larger than 2 GiB, releasing a decoded file's bytes when memory is short.
 */
package dev.kiln.kvro;
