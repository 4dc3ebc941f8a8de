package example;

@dev.kiln.annotations.KilnModule(provides = Storage.class, doc = "Storage.")
public final class StorageModule {}
