package dev.kiln.tools.report.page;

import dev.kiln.tools.report.sbom.CycloneDxWriter;
import dev.kiln.tools.report.size.SizeShares;
import java.util.List;
import java.util.Map;

/**
 * What the plugin learnt about an image beyond the processor's report: the file of each built
 * target and its size, each native target's size shares, and the artifacts inside.
 *
 * @param files output file name per target id, e.g. {@code spt -> echo.spt}
 * @param fileBytes size of each output file per target id
 * @param sizes size shares per native target id (absent when they could not be measured)
 */
public record ImageOutputs(Map<String, String> files, Map<String, Long> fileBytes,
    Map<String, SizeShares> sizes, List<CycloneDxWriter.Component> artifacts) {}
