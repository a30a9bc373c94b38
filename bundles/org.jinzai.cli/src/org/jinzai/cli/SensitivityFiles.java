package org.jinzai.cli;

import static org.jinzai.cli.ResultFiles.csvNumber;
import static org.jinzai.cli.ResultFiles.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jinzai.model.Lever;
import org.jinzai.model.SensitivityBar;
import org.jinzai.model.SensitivityExperiment;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.model.util.FiscalYears;

/** A sensitivity analysis as CSV (UTF-8 with BOM, a row per lever, the widest swing first) and JSON; written atomically. */
final class SensitivityFiles implements TableFiles {

    private final SensitivityExperiment experiment;
    private final Locale locale;

    SensitivityFiles(SensitivityExperiment experiment, Locale locale) {
        this.experiment = experiment;
        this.locale = locale;
    }

    @Override
    public void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFFlever,lever_id,lever_name,target_id,fiscal_year,fiscal_year_label,change_percent," //$NON-NLS-1$
                + "low_value,high_value,base_mean,low_mean,high_mean,swing,low_probability_met,high_probability_met\r\n"); //$NON-NLS-1$
        for (SensitivityBar bar : experiment.getBars()) {
            Lever lever = bar.getLever();
            out.append(lever.getKind()).append(',').append(ResultFiles.csv(lever.getElementId())).append(',')
                    .append(ResultFiles.csv(String.valueOf(lever.getElementName()))).append(',')
                    .append(ResultFiles.csv(experiment.getTarget().getId())).append(',').append(experiment.getFiscalYear()).append(',')
                    .append(ResultFiles.csv(FiscalYears.label(experiment.getFiscalYear(), locale))).append(',').append(csvNumber(experiment.getPercent()))
                    .append(',').append(csvNumber(bar.getLowValue())).append(',').append(csvNumber(bar.getHighValue())).append(',')
                    .append(csvNumber(experiment.getBaseMean())).append(',').append(csvNumber(bar.getLowMean())).append(',')
                    .append(csvNumber(bar.getHighMean()))
                    .append(',').append(csvNumber(bar.getHighMean() - bar.getLowMean())).append(',').append(csvNumber(bar.getLowProbability())).append(',')
                    .append(csvNumber(bar.getHighProbability())).append("\r\n"); //$NON-NLS-1$
        }
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeJson(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n"); //$NON-NLS-1$
        out.append("  \"scenario\": ").append(ResultFiles.json(experiment.getName())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"target\": ").append(ResultFiles.json(experiment.getTarget().getId())).append(", \"fiscalYear\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(experiment.getFiscalYear()).append(", \"changePercent\": ").append(number(experiment.getPercent())).append(",\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append("  \"replications\": ").append(experiment.getReplications()).append(", \"seed\": ").append(experiment.getSeed()) //$NON-NLS-1$ //$NON-NLS-2$
                .append(", \"baseMean\": ").append(number(experiment.getBaseMean())).append(", \"baseProbabilityMet\": ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(number(experiment.getBaseProbability())).append(",\n  \"bars\": [\n"); //$NON-NLS-1$
        List<SensitivityBar> bars = experiment.getBars();
        for (int i = 0; i < bars.size(); i++) {
            SensitivityBar bar = bars.get(i);
            out.append("    {\"lever\": ").append(ResultFiles.json(bar.getLever().getKind() + ":" + bar.getLever().getElementId())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"lowValue\": ").append(number(bar.getLowValue())).append(", \"highValue\": ").append(number(bar.getHighValue())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"lowMean\": ").append(number(bar.getLowMean())).append(", \"highMean\": ").append(number(bar.getHighMean())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(", \"lowProbabilityMet\": ").append(number(bar.getLowProbability())).append(", \"highProbabilityMet\": ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(number(bar.getHighProbability())).append('}').append(i + 1 < bars.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append("  ]\n}\n"); //$NON-NLS-1$
        JinzaiResources.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
