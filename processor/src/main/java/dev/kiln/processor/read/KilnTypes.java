package dev.kiln.processor.read;

/** Qualified names of the types the processor reads or refers to. */
public final class KilnTypes {
  public static final String UNIKERNEL = "dev.kiln.annotations.Unikernel";
  public static final String NEEDS = "dev.kiln.annotations.Needs";
  public static final String DEVICE = "dev.kiln.annotations.Device";
  public static final String DEVICES = "dev.kiln.annotations.Devices";
  public static final String CONFIG = "dev.kiln.annotations.Config";
  public static final String CONFIGS = "dev.kiln.annotations.Configs";
  public static final String CONFIG_KEY = "dev.kiln.annotations.ConfigKey";
  public static final String CONFIG_KEYS = "dev.kiln.annotations.ConfigKeys";
  public static final String USE = "dev.kiln.annotations.Use";
  public static final String APPLY = "dev.kiln.annotations.Apply";
  public static final String BLUEPRINT = "dev.kiln.annotations.Blueprint";
  public static final String CAPABILITY = "dev.kiln.annotations.Capability";
  public static final String KILN_MODULE = "dev.kiln.annotations.KilnModule";
  public static final String MODULE_INDEX_ENTRY =
      "dev.kiln.annotations.internal.ModuleIndexEntry";
  public static final String MODULE_INDEX_PACKAGE = "dev.kiln.aggregated.modules";
  public static final String BLUEPRINT_INDEX_ENTRY =
      "dev.kiln.annotations.internal.BlueprintIndexEntry";
  public static final String BLUEPRINT_INDEX_PACKAGE = "dev.kiln.aggregated.blueprints";
  public static final String NO_DEFAULT = "\u0000kiln:no-default";

  public static final String DAGGER_MODULE = "dagger.Module";
  public static final String INJECT_JAKARTA = "jakarta.inject.Inject";
  public static final String INJECT_JAVAX = "javax.inject.Inject";

  public static final String APPLICATION = "dev.kiln.api.Application";
  public static final String EVENT_LOOP = "dev.kiln.api.EventLoop";
  public static final String CONSOLE = "dev.kiln.api.Console";
  public static final String SHUTDOWN = "dev.kiln.api.Shutdown";
  public static final String PLATFORM = "dev.kiln.api.Platform";

  private KilnTypes() {}
}
