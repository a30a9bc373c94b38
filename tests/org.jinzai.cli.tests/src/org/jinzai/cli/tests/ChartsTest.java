package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jinzai.engine.ProgressListener;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.Scenario;
import org.jinzai.model.TargetValue;
import org.jinzai.model.io.JinzaiResources;
import org.jinzai.reports.Charts;
import org.jinzai.reports.Formats;
import org.jinzai.reports.ReportData;
import org.jinzai.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts that do not mislead: a target's marks only in the years that have a target value, the band named in the
 * legend, the axis in the target's unit, scenarios told apart by dash as well as colour; numbers never "-0.0".
 */
class ChartsTest {

    @TempDir
    Path temp;

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        var items = chart.getXYPlot().getFixedLegendItems();
        for (int k = 0; k < items.getItemCount(); k++) {
            labels.add(items.get(k).getLabel());
        }
        return labels;
    }

    @Test
    void targetMarksOnlyInYearsWithATargetAndTheBandInTheLegend() throws Exception {
        Path town = CliSession.copyExample(temp, "town");
        Scenario scenario = (Scenario) JinzaiResources.load(town.resolve("status-quo.jzs")).getContents().get(0);
        // one target keeps only the values of its first and last year
        var target = scenario.getTargets().stream().filter(t -> t.getValues().size() >= 3).findFirst().orElseThrow();
        List<TargetValue> values = new ArrayList<>(target.getValues());
        values.sort((a, b) -> Integer.compare(a.getFiscalYear(), b.getFiscalYear()));
        target.getValues().removeAll(values.subList(1, values.size() - 1));
        ReportData data = ReportData.of(scenario, new RunOptions(20, 3, 1), ScenarioRunner.run(scenario, new RunOptions(20, 3, 1),
                ProgressListener.NONE), Locale.JAPANESE);
        ReportData.TargetRow row = data.targets().stream().filter(t -> t.id().equals(target.getId())).findFirst().orElseThrow();
        JFreeChart chart = Charts.target(data, row);
        XYDataset wanted = chart.getXYPlot().getDataset(1);
        assertEquals(data.years(), wanted.getItemCount(0), "an item a year");
        for (int y = 0; y < data.years(); y++) {
            int year = data.fiscalYear(y);
            boolean has = target.getValues().stream().anyMatch(v -> v.getFiscalYear() == year);
            if (has) {
                assertFalse(Double.isNaN(wanted.getYValue(0, y)), "a mark in " + year);
            } else {
                assertNull(wanted.getY(0, y), "no mark and no line through " + year);
            }
        }
        List<String> labels = legend(chart);
        assertEquals(3, labels.size(), "median, band, target: " + labels);
        assertTrue(labels.get(1).contains("P10") && labels.get(1).contains("8割"), "the band in the legend: " + labels);
        assertTrue(chart.getXYPlot().getRangeAxis().getLabel().contains("人"), chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void scenariosAreToldApartByDashAsWellAsColour() throws Exception {
        Path town = CliSession.copyExample(temp, "town");
        Scenario scenario = (Scenario) JinzaiResources.load(town.resolve("status-quo.jzs")).getContents().get(0);
        RunOptions options = new RunOptions(10, 3, 1);
        ReportData data = ReportData.of(scenario, options, ScenarioRunner.run(scenario, options, ProgressListener.NONE), Locale.JAPANESE);
        ReportData.TargetRow row = data.targets().get(0);
        JFreeChart chart = Charts.comparison(data, row.name(), List.of("A", "B", "C"), List.of(row, row, row));
        XYPlot plot = chart.getXYPlot();
        float[][] dashes = new float[3][];
        for (int k = 0; k < 3; k++) {
            dashes[k] = ((BasicStroke) plot.getRenderer(0).getSeriesStroke(k)).getDashArray();
        }
        assertNull(dashes[0], "the reference solid");
        assertFalse(Arrays.equals(dashes[1], dashes[2]), "two dash patterns");
        assertNotEquals(plot.getRenderer(0).getSeriesPaint(1), plot.getRenderer(0).getSeriesPaint(2));
        assertEquals(List.of("A", "B", "C"), legend(chart).subList(0, 3), "each scenario in the legend, then the band");
    }

    @Test
    void nothingPrintsAsMinusZero() {
        assertEquals("0.0", Formats.value(-0.0, false));
        assertEquals("0.0", Formats.value(-0.04, false));
        assertEquals("0.0%", Formats.value(-0.0004, true));
        assertEquals("0.0", Formats.signed(-0.0, false));
        assertEquals("0.0", Formats.signed(0.01, false));
        assertEquals("+1.3", Formats.signed(1.25, false));
        assertEquals("-0.3", Formats.signed(-0.3, false));
        assertEquals("+12.5%", Formats.signed(0.125, true));
        assertEquals("0%", Formats.probability(-0.001));
        assertEquals("-", Formats.signed(Double.NaN, false));
    }
}
