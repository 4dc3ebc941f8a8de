package example;

@dev.kiln.annotations.Capability
public interface Storage {}
