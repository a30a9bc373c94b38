package org.jinzai.model.io;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources of baselines ({@code .jzb}), scenarios ({@code .jzs}) run results ({@code .jzr}) and experiments
 * ({@code .jzx}).
 *
 * <p>Scenario files are exchanged between municipalities, so they are untrusted: the parser refuses DOCTYPE
 * declarations and never resolves external entities, DTDs or schemas. Files are UTF-8, references use the
 * elements' {@code id} attributes and are written relative to the referring file.</p>
 */
public class JinzaiResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of baselines (基礎データ). */
    public static final String BASELINE_EXTENSION = "jzb"; //$NON-NLS-1$
    /** File extension of scenarios (シナリオ). */
    public static final String SCENARIO_EXTENSION = "jzs"; //$NON-NLS-1$
    /** File extension of run results (実行結果). */
    public static final String RESULTS_EXTENSION = "jzr"; //$NON-NLS-1$
    /** File extension of experiments (goal-seek, sweep, sensitivity). */
    public static final String EXPERIMENT_EXTENSION = "jzx"; //$NON-NLS-1$
    /** File extension of regions (広域連携: member scenarios and the pools they share). */
    public static final String REGION_EXTENSION = "jzg"; //$NON-NLS-1$

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }
        };
        resource.setEncoding("UTF-8"); //$NON-NLS-1$
        resource.getDefaultLoadOptions().putAll(loadOptions());
        resource.getDefaultSaveOptions().putAll(saveOptions());
        return resource;
    }

    /** Options that make loading safe for untrusted files. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /** Options that give stable, diff-friendly files. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }
}
