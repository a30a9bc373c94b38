package org.jinzai.model.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jinzai.model.Baseline;
import org.jinzai.model.io.JinzaiResourceFactory;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.templates.ScenarioTemplates.Variant;

/**
 * The example municipalities shipped in {@code examples/}: one per size, each with the scenarios a planner
 * compares first, and a region of municipalities sharing a talent pool ({@link RegionExample}). The files are generated
 * from the templates and committed; a test checks they match.
 */
public final class ExampleSet {

    /** One example municipality. */
    public record Example(String folder, String fileName, String name, MunicipalitySize size, long seed,
            List<Variant> variants) {
    }

    /** The examples, smallest first. */
    public static final List<Example> EXAMPLES = List.of(
            new Example("town", "yamanami-cho", "やまなみ町", MunicipalitySize.TOWN, 101, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    List.of(Variant.STATUS_QUO, Variant.ICT_HIRING, Variant.ROTATION_RULES)),
            new Example("city", "sakura-shi", "さくら市", MunicipalitySize.CITY, 102, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    List.of(Variant.STATUS_QUO, Variant.MORE_TRAINING, Variant.ICT_HIRING)),
            new Example("special-ward", "minami-ku", "みなみ区", MunicipalitySize.SPECIAL_WARD, 103, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    List.of(Variant.STATUS_QUO, Variant.MORE_TRAINING, Variant.ROTATION_RULES)),
            new Example("designated-city", "ominato-shi", "おおみなと市", MunicipalitySize.DESIGNATED_CITY, 104, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    List.of(Variant.STATUS_QUO, Variant.MORE_TRAINING, Variant.ROTATION_RULES)));

    private ExampleSet() {
    }

    /**
     * Writes every example below a folder ({@code <folder>/<example>/<name>.jzb} and one {@code .jzs} per
     * scenario; the region's {@code .jzg} with a folder per member).
     *
     * @return the files written
     */
    public static List<Path> write(Path root) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Example example : EXAMPLES) {
            Path folder = root.resolve(example.folder());
            ResourceSet set = JinzaiResources.newResourceSet();
            Baseline baseline = BaselineTemplates.create(example.size(), "baseline-" + example.fileName(), example.name(), //$NON-NLS-1$
                    2026, example.seed());
            Path baselineFile = folder.resolve(example.fileName() + "." + JinzaiResourceFactory.BASELINE_EXTENSION); //$NON-NLS-1$
            Resource base = set.createResource(URI.createFileURI(baselineFile.toAbsolutePath().toString()));
            base.getContents().add(baseline);
            JinzaiResources.save(base);
            written.add(baselineFile);
            for (Variant variant : example.variants()) {
                Path file = folder.resolve(variant.fileName() + "." + JinzaiResourceFactory.SCENARIO_EXTENSION); //$NON-NLS-1$
                Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
                resource.getContents().add(ScenarioTemplates.create(baseline, variant));
                JinzaiResources.save(resource);
                written.add(file);
            }
        }
        written.addAll(RegionExample.write(root));
        return written;
    }
}
