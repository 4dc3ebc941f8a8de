package dev.kiln.processor.diagnostic;

/**
 * The stable identifiers of Kiln's compile errors. Each appears in brackets at the start of its
 * message, is documented on the site, and has a test that pins its file and line.
 */
public enum ErrorId {
  MISSING_PROVIDER("MissingProvider", "No module on the classpath provides a needed capability."),
  AMBIGUOUS_PROVIDER("AmbiguousProvider", "More than one module provides the same capability."),
  UNSUPPORTED_ON_TARGET(
      "UnsupportedOnTarget", "Modules provide the capability, but none on this target."),
  DEPENDENCY_CYCLE("DependencyCycle", "Modules require each other in a circle."),
  BAD_DEVICE_NAME("BadDeviceName", "A device name is not 1 to 67 ASCII letters and digits."),
  TOO_MANY_DEVICES("TooManyDevices", "More than 63 devices are declared."),
  DUPLICATE_DEVICE_NAME("DuplicateDeviceName", "Two devices have the same name."),
  UNKNOWN_CONFIG_KEY("UnknownConfigKey", "A configuration key is read by no included module."),
  BAD_CONFIG_VALUE("BadConfigValue", "A configuration value does not fit its key's type."),
  DUPLICATE_CONFIG("DuplicateConfig", "A configuration key is set twice."),
  MISSING_CONFIG_VALUE("MissingConfigValue", "A build-time key without a default is not set."),
  SECRET_IN_IMAGE("SecretInImage", "A secret key is given a value at build time."),
  NOT_A_CAPABILITY("NotACapability", "A type used as a capability is not marked @Capability."),
  NOT_A_MODULE("NotAModule", "@Use names a class that is not a Kiln module."),
  NOT_A_BLUEPRINT("NotABlueprint", "@Apply names a class that is not a blueprint."),
  CONFLICTING_BLUEPRINT_CONFIG("ConflictingBlueprintConfig",
      "Two applied blueprints set one configuration key to different values."),
  CONFLICTING_BLUEPRINT_DEVICE("ConflictingBlueprintDevice",
      "Two applied blueprints declare one device name with different types."),
  NOT_AN_APPLICATION("NotAnApplication", "The @Unikernel class cannot be the root of an image."),
  BAD_IMAGE_NAME("BadImageName", "The image name cannot be used as a file name."),
  BAD_MODULE("BadModule", "A @KilnModule declaration is malformed."),
  BAD_BLUEPRINT("BadBlueprint", "A @Blueprint declaration is malformed."),
  INTERNAL_ERROR("InternalError", "The processor failed; this is a bug in Kiln.");

  private final String id;
  private final String summary;

  ErrorId(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /** The bracketed tag at the start of a message, e.g. {@code [Kiln/MissingProvider]}. */
  public String tag() {
    return "[Kiln/" + id + "]";
  }

  /** The bare name, e.g. {@code MissingProvider}. */
  public String id() {
    return id;
  }

  /** One line saying what the error means. */
  public String summary() {
    return summary;
  }
}
