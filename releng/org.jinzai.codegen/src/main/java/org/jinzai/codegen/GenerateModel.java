package org.jinzai.codegen;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of {@code bundles/org.jinzai.model/model/jinzai.ecore} without an Eclipse
 * installation. The generator settings live here, so the output is the same on every machine; the
 * {@code jinzai.genmodel} written next to the .ecore records them for EMF tooling.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        File repository = new File(args.length > 0 ? args[0] : ".").getCanonicalFile();
        File modelBundle = new File(repository, "bundles/org.jinzai.model");
        File editBundle = new File(repository, "bundles/org.jinzai.model.edit");
        Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
        platformMap.put("org.jinzai.model", URI.createFileURI(modelBundle.getPath() + "/"));
        platformMap.put("org.jinzai.model.edit", URI.createFileURI(editBundle.getPath() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        GenModelPackage.eINSTANCE.eClass();

        URI ecoreUri = URI.createPlatformResourceURI("org.jinzai.model/model/jinzai.ecore", true);
        EPackage ePackage = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genResource = resources.createResource(
                URI.createPlatformResourceURI("org.jinzai.model/model/jinzai.genmodel", true));
        genResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add("jinzai.ecore");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setModelName("Jinzai");
        genModel.setModelPluginID("org.jinzai.model");
        genModel.setModelDirectory("/org.jinzai.model/src-gen");
        genModel.setEditPluginID("org.jinzai.model.edit");
        genModel.setEditDirectory("/org.jinzai.model.edit/src-gen");
        genModel.setEditPluginClass("org.jinzai.model.provider.JinzaiEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);    // written once; MANIFEST.MF and build.properties are then maintained by hand
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setCreationCommands(true);
        genModel.setCreationIcons(false);     // no generated GIF icons; labels carry the meaning
        genModel.setOptimizedHasChildren(true);
        genModel.setRichClientPlatform(true);
        genModel.setNonNLSMarkers(true);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Jinzai");
        genPackage.setBasePackage("org.jinzai");
        // no generated resource factory: org.jinzai.model.io.JinzaiResourceFactory (src/) adds safe parsing
        genPackage.setResource(org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind.NONE_LITERAL);
        genPackage.setDisposableProviderFactory(true);
        genPackage.setFileExtensions("jzb,jzs,jzr");
        genPackage.setMultipleEditorPages(false);
        genPackage.setGenerateExampleClass(false);
        genModel.reconcile();
        // an estimate is what the history gave (written by calibrate), a backtest summary what backtest --record found: shown, never typed, never created by hand
        for (org.eclipse.emf.codegen.ecore.genmodel.GenClass genClass : genPackage.getGenClasses()) {
            for (org.eclipse.emf.codegen.ecore.genmodel.GenFeature feature : genClass.getGenFeatures()) {
                if (java.util.Set.of("RateEstimate", "TenureEstimate", "UptakeEstimate", "BacktestSummary").contains(genClass.getName())) {
                    feature.setProperty(org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind.READONLY_LITERAL);
                }
                if (feature.getEcoreFeature() instanceof org.eclipse.emf.ecore.EReference reference && reference.isContainment()
                        && java.util.Set.of("RateEstimate", "TenureEstimate", "UptakeEstimate", "BacktestSummary").contains(reference.getEReferenceType().getName())) {
                    feature.setCreateChild(false);
                }
            }
        }
        genModel.setCanGenerate(true);

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("invalid genmodel: " + diagnostic);
        }
        genResource.save(Map.of());

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException(type + ": " + result);
            }
        }
        System.out.println("Generated into " + modelBundle + " and " + editBundle);
    }
}
