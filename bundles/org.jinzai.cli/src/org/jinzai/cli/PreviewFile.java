package org.jinzai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jinzai.engine.AnalyticEngine;
import org.jinzai.engine.SimulationInput;
import org.jinzai.model.Persona;
import org.jinzai.model.Scenario;
import org.jinzai.model.Target;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;
import org.jinzai.scenario.ScenarioPreview;

/**
 * {@code simulate --engine analytic}: the analytic preview's expected values, so that what the workbench's preview
 * shows can be checked from outside it (against the Monte Carlo's counts.csv and targets.csv).
 */
final class PreviewFile {

    private PreviewFile() {
    }

    /** Writes preview.csv for a run with this seed (it generates the staff a baseline gives only as counts). */
    static Path write(Scenario scenario, long seed, Locale locale, Path folder) throws IOException {
        ScenarioPreview.Preview preview = ScenarioPreview.prepare(scenario, seed).run();
        SimulationInput input = preview.input();
        AnalyticEngine.Result result = preview.result();
        StringBuilder out = new StringBuilder("\uFEFFfiscal_year,fiscal_year_label,kind,id,name,step,basis,target_value,expected,approximate\r\n"); //$NON-NLS-1$
        List<Persona> personas = scenario.getBaseline().getPersonas();
        for (int y = 0; y < input.horizonYears(); y++) {
            int fy = input.firstFiscalYear() + y;
            String year = fy + "," + ResultFiles.csv(FiscalYears.label(fy, locale)) + ","; //$NON-NLS-1$ //$NON-NLS-2$
            for (int t = 0; t < preview.targets().size(); t++) {
                Target target = scenario.getTargets().get(t);
                ScenarioPreview.TargetRow row = preview.targets().get(t);
                double wanted = row.wanted()[y];
                out.append(year).append("target,").append(ResultFiles.csv(target.getId())).append(',') //$NON-NLS-1$
                        .append(ResultFiles.csv(target.getName())).append(",,,").append(Double.isNaN(wanted) ? "" : n(wanted)) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(',').append(n(row.expected()[y])).append(',')
                        .append(row.approximate()[y] ? "yes" : "").append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (int p = 0; p < personas.size(); p++) {
                Persona persona = personas.get(p);
                for (int s = 0; s <= 3; s++) {
                    String row = year + "count," + ResultFiles.csv(persona.getId()) + "," + ResultFiles.csv(persona.getName()) + "," + s; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    String approximate = result.approximate(y, p, s) ? ",yes\r\n" : ",\r\n"; //$NON-NLS-1$ //$NON-NLS-2$
                    out.append(row).append(",role,,").append(n(result.count(y, p, s, -1))).append(approximate); //$NON-NLS-1$
                    if (input.personas().get(p).hasSteps()) {
                        out.append(row).append(",skill,,").append(n(result.skillCount(y, p, s))).append(approximate); //$NON-NLS-1$
                    }
                }
            }
        }
        Path file = folder.resolve("preview.csv"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$
    }
}
