package org.jinzai.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jinzai.engine.Steps;
import org.jinzai.engine.Summary;

/**
 * The report charts (JFreeChart, drawn with Java2D, so the command line renders them without a display): a
 * target's P10–P90 band and median against the target line, and a persona's headcount by step as stacked areas.
 */
public final class Charts {

    private static final Color BAND = new Color(0x4A, 0x7F, 0xC1);
    private static final Color TARGET = new Color(0xC6, 0x28, 0x28);
    private static final Color[] STEPS = { new Color(0xCF, 0xD8, 0xDC), new Color(0x90, 0xCA, 0xF9), new Color(0x42, 0xA5, 0xF5),
            new Color(0x0D, 0x47, 0xA1) };

    private Charts() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        // a logical font: Java picks a face with Japanese glyphs where one is installed
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        theme.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        return theme;
    }

    /** A target over the fiscal years: median line in its P10–P90 band, and the target values. */
    public static JFreeChart target(ReportData data, ReportData.TargetRow row) {
        return bands(data, row.name(), java.util.List.of(data.texts().get("chart.median")), java.util.List.of(row)); //$NON-NLS-1$
    }

    private static final Color[] SCENARIOS = { new Color(0x4A, 0x7F, 0xC1), new Color(0xE0, 0x8A, 0x1E), new Color(0x2E, 0x9E, 0x5B),
            new Color(0x8E, 0x44, 0xAD), new Color(0x7F, 0x8C, 0x8D) };

    /** Dash patterns of the scenarios' lines, so that they are told apart without colour and equal lines both show. */
    private static final float[][] DASHES = { null, { 9f, 5f }, { 2f, 4f }, { 12f, 4f, 2f, 4f }, { 5f, 5f } };

    /**
     * One target in several scenarios run on common random numbers: each scenario's median in its P10–P90 band, and
     * the reference's target values.
     *
     * @param names scenario names, the reference first
     * @param rows  the target's row in each scenario's data, in the same order
     */
    public static JFreeChart comparison(ReportData data, String title, java.util.List<String> names,
            java.util.List<ReportData.TargetRow> rows) {
        return bands(data, title, names, rows);
    }

    /**
     * Medians in their P10–P90 bands (one per row, told apart by colour, dash and marker), the target values of the
     * first row as markers in the years that have one (joined only from one year to the next), and a legend that
     * names the band.
     */
    private static JFreeChart bands(ReportData data, String title, java.util.List<String> names, java.util.List<ReportData.TargetRow> rows) {
        Texts texts = data.texts();
        ReportData.TargetRow first = rows.get(0);
        double scale = first.share() ? 100 : 1;
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        for (int k = 0; k < rows.size(); k++) {
            YIntervalSeries band = new YIntervalSeries(names.get(k), false, true);
            for (int y = 0; y < data.years(); y++) {
                Summary s = rows.get(k).projected()[y];
                band.add(data.fiscalYear(y), s.p50() * scale, s.p10() * scale, s.p90() * scale);
            }
            bands.addSeries(band);
        }
        XYSeries wanted = new XYSeries(texts.get("chart.target"), false, true); //$NON-NLS-1$
        for (int y = 0; y < data.years(); y++) {
            // no value, no marker: a gap, not a line drawn through a year without a target
            wanted.add(data.fiscalYear(y), Double.isNaN(first.wanted()[y]) ? null : (Number) (first.wanted()[y] * scale));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, texts.get("chart.fiscalYear"), texts.get(axisLabel(first)), bands, //$NON-NLS-1$
                PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, rows.size() > 1);
        renderer.setAlpha(rows.size() > 1 ? 0.15f : 0.25f);
        for (int k = 0; k < rows.size(); k++) {
            Color color = SCENARIOS[k % SCENARIOS.length];
            float[] dash = DASHES[k % DASHES.length];
            renderer.setSeriesPaint(k, color);
            renderer.setSeriesFillPaint(k, color);
            renderer.setSeriesStroke(k, dash == null ? new BasicStroke(2.2f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesShape(k, org.jfree.chart.util.ShapeUtils.createDiamond(4f + k));
        }
        plot.setRenderer(0, renderer);
        targetLine(plot, wanted, data);
        // the legend: each line, the band (which a line renderer leaves out) and the target
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int k = 0; k < rows.size(); k++) {
            legend.add(renderer.getLegendItem(0, k));
        }
        Color fill = SCENARIOS[0];
        org.jfree.chart.LegendItem band = new org.jfree.chart.LegendItem(texts.get("chart.band"), null, null, null, //$NON-NLS-1$
                new java.awt.geom.Rectangle2D.Double(-7, -5, 14, 10), new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 70));
        legend.add(band);
        boolean anyTarget = java.util.Arrays.stream(first.wanted()).anyMatch(value -> !Double.isNaN(value));
        if (anyTarget && plot.getRenderer(1).getLegendItem(1, 0) != null) {
            legend.add(plot.getRenderer(1).getLegendItem(1, 0));
        }
        plot.setFixedLegendItems(legend);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return chart;
    }

    /** The value axis's label in the target's unit. */
    private static String axisLabel(ReportData.TargetRow row) {
        return switch (row.unit()) {
            case SHARE -> "chart.percent"; //$NON-NLS-1$
            case DEPARTMENTS -> "chart.departments"; //$NON-NLS-1$
            case PERSONS -> "chart.persons"; //$NON-NLS-1$
            case FTE -> "chart.people"; //$NON-NLS-1$
        };
    }

    /** A persona's headcount (mean FTE) by step over the fiscal years, stacked. */
    public static JFreeChart steps(ReportData data, ReportData.PersonaRow persona) {
        Texts texts = data.texts();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s <= Steps.TOP; s++) {
            String series = s == 0 ? texts.get("chart.belowStep1") : texts.get("chart.step", s); //$NON-NLS-1$ //$NON-NLS-2$
            for (int y = 0; y < data.years(); y++) {
                dataset.addValue(persona.projected()[y][s].mean(), series, data.shortYearLabel(y));
            }
        }
        JFreeChart chart = ChartFactory.createStackedAreaChart(texts.get("chart.stepsTitle", persona.name()), //$NON-NLS-1$
                texts.get("chart.fiscalYear"), texts.get("chart.people"), dataset, PlotOrientation.VERTICAL, true, false, false); //$NON-NLS-1$ //$NON-NLS-2$
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int s = 0; s <= Steps.TOP; s++) {
            plot.getRenderer().setSeriesPaint(s, STEPS[s]);
        }
        return chart;
    }

    /** The target values as a dashed red line over the second dataset; the value axis from 0, a tick a year. */
    private static void targetLine(XYPlot plot, XYSeries wanted, ReportData data) {
        plot.setDataset(1, new XYSeriesCollection(wanted));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TARGET);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
        // a year's target as a bar across its year, visible also where it stands alone
        renderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-9, -1.5, 18, 3));
        plot.setRenderer(1, renderer);
        plot.getRangeAxis().setLowerBound(0);
        yearAxis((NumberAxis) plot.getDomainAxis(), data);
    }

    /** Hires, leavers, trainings delivered and moves per fiscal year (means), as grouped bars. */
    public static JFreeChart flows(ReportData data) {
        Texts texts = data.texts();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (org.jinzai.engine.SimulationResult.Flow flow : new org.jinzai.engine.SimulationResult.Flow[] {
                org.jinzai.engine.SimulationResult.Flow.HIRES, org.jinzai.engine.SimulationResult.Flow.LEAVERS,
                org.jinzai.engine.SimulationResult.Flow.TRAININGS, org.jinzai.engine.SimulationResult.Flow.MOVES }) {
            for (int y = 0; y < data.years(); y++) {
                dataset.addValue(data.flow(flow, y).mean(), texts.get("flow." + flow.name()), data.shortYearLabel(y)); //$NON-NLS-1$
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(texts.get("chart.flowsTitle"), texts.get("chart.fiscalYear"), //$NON-NLS-1$ //$NON-NLS-2$
                texts.get("chart.count"), dataset, PlotOrientation.VERTICAL, true, false, false); //$NON-NLS-1$
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int k = 0; k < 4; k++) {
            plot.getRenderer().setSeriesPaint(k, SCENARIOS[k % SCENARIOS.length]);
        }
        return chart;
    }

    /**
     * A region's pool per fiscal year: its capacity, what the members asked and what it gave (days a week, means), as
     * grouped bars, so a planner sees when it falls short.
     */
    public static JFreeChart pool(org.jinzai.engine.RegionResult result, int pool, String name, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        org.jinzai.engine.RegionResult.PoolQuantity[] shown = { org.jinzai.engine.RegionResult.PoolQuantity.CAPACITY,
            org.jinzai.engine.RegionResult.PoolQuantity.ASKED, org.jinzai.engine.RegionResult.PoolQuantity.GIVEN };
        for (org.jinzai.engine.RegionResult.PoolQuantity quantity : shown) {
            for (int y = 0; y < result.years(); y++) {
                int fy = result.firstFiscalYear() + y;
                dataset.addValue(result.poolSummary(pool, quantity, y).mean(), texts.get("pool." + quantity.name()), //$NON-NLS-1$
                        fy + " (R" + org.jinzai.model.util.FiscalYears.reiwa(fy) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(texts.get("chart.poolTitle", name), texts.get("chart.fiscalYear"), //$NON-NLS-1$ //$NON-NLS-2$
                texts.get("chart.daysAWeek"), dataset, PlotOrientation.VERTICAL, true, false, false); //$NON-NLS-1$
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int k = 0; k < shown.length; k++) {
            plot.getRenderer().setSeriesPaint(k, SCENARIOS[k % SCENARIOS.length]);
        }
        // 2026 over (R8): the year stays whole in a narrow chart
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return chart;
    }

    /** The staff of one 課 per fiscal year by persona (means, FTE), as stacked bars. */
    public static JFreeChart department(ReportData data, ReportData.DepartmentDetail department) {
        Texts texts = data.texts();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ReportData.DepartmentStaffRow row : department.staff()) {
            for (int y = 0; y < data.years(); y++) {
                double sum = 0;
                for (int s = 0; s <= Steps.TOP; s++) {
                    sum += row.perYear()[y][s].mean();
                }
                dataset.addValue(sum, row.persona(), data.shortYearLabel(y));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(texts.get("chart.departmentTitle", department.name()), //$NON-NLS-1$
                texts.get("chart.fiscalYear"), texts.get("chart.people"), dataset, PlotOrientation.VERTICAL, true, false, false); //$NON-NLS-1$ //$NON-NLS-2$
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int k = 0; k < department.staff().size(); k++) {
            plot.getRenderer().setSeriesPaint(k, SCENARIOS[k % SCENARIOS.length]);
        }
        return chart;
    }

    /**
     * A backtest: for each origin, the projections of its staff still employed (mean in its P10–P90 band, from the
     * origin's roster, where projection and truth are one) and what the rosters say (diamonds in the origin's colour),
     * so a planner sees at a glance whether the truth stayed inside.
     */
    public static JFreeChart backtest(org.jinzai.scenario.ScenarioBacktest.Result result, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYSeriesCollection truth = new XYSeriesCollection();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int origin : result.origins()) {
            YIntervalSeries band = new YIntervalSeries(texts.get("chart.backtestFrom", String.valueOf(origin)), true, true); //$NON-NLS-1$
            XYSeries actual = new XYSeries(texts.get("chart.backtestActual") + " " + origin, true, true); //$NON-NLS-1$ //$NON-NLS-2$
            // the origin's staff: those still there a year later and those who left in between (no leavers row: none left)
            double staff = 0;
            for (org.jinzai.engine.calibration.Backtest.Row row : result.rows()) {
                var measure = row.measure();
                if (row.origin() != origin || measure.band() != null) {
                    continue;
                }
                if (measure.kind() == org.jinzai.engine.calibration.Backtest.Kind.HEADCOUNT) {
                    band.add(measure.fiscalYear(), row.mean(), row.p10(), row.p90());
                    actual.add(measure.fiscalYear(), row.actual());
                    last = Math.max(last, measure.fiscalYear());
                } else if (measure.kind() == org.jinzai.engine.calibration.Backtest.Kind.LEAVERS && measure.fiscalYear() == origin + 1) {
                    staff = row.actual();
                }
            }
            if (actual.getItemCount() > 0 && actual.getX(0).intValue() == origin + 1) {
                staff += actual.getY(0).doubleValue();
                band.add(origin, staff, staff, staff);
                actual.add(origin, staff);
            }
            first = Math.min(first, origin);
            bands.addSeries(band);
            truth.addSeries(actual);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(texts.get("chart.backtestTitle"), texts.get("chart.fiscalYear"), //$NON-NLS-1$ //$NON-NLS-2$
                texts.get("chart.persons"), bands, PlotOrientation.VERTICAL, true, false, false); //$NON-NLS-1$
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int k = 0; k < bands.getSeriesCount(); k++) {
            Color color = SCENARIOS[k % SCENARIOS.length];
            renderer.setSeriesPaint(k, color);
            renderer.setSeriesFillPaint(k, color);
            renderer.setSeriesStroke(k, new BasicStroke(2f));
            points.setSeriesPaint(k, color.darker());
            points.setSeriesShape(k, org.jfree.chart.util.ShapeUtils.createDiamond(5f));
        }
        plot.setRenderer(0, renderer);
        plot.setDataset(1, truth);
        plot.setRenderer(1, points);
        for (int k = 0; k < bands.getSeriesCount(); k++) {
            legend.add(renderer.getLegendItem(0, k));
        }
        legend.add(new org.jfree.chart.LegendItem(texts.get("chart.backtestActual"), null, null, null, //$NON-NLS-1$
                org.jfree.chart.util.ShapeUtils.createDiamond(5f), Color.DARK_GRAY));
        plot.setFixedLegendItems(legend);
        if (first <= last) {
            NumberAxis axis = (NumberAxis) plot.getDomainAxis();
            axis.setTickUnit(new NumberTickUnit(1, new YearFormat()));
            axis.setRange(first - 0.3, last + 0.3);
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** The backtest's chart as a PNG (900 × 520, drawn at twice the size for sharp print). */
    public static byte[] backtestPng(org.jinzai.scenario.ScenarioBacktest.Result result, java.util.Locale locale) throws IOException {
        return png(backtest(result, locale), 900, 520, 2);
    }

    /** Fiscal years on a number axis, one tick a year, labelled "2026 (R8)". */
    private static void yearAxis(NumberAxis axis, ReportData data) {
        axis.setTickUnit(new NumberTickUnit(1, new YearFormat()));
        axis.setRange(data.fiscalYear(0) - 0.3, data.fiscalYear(data.years() - 1) + 0.3);
    }

    private static String percent(double value) {
        return new DecimalFormat("0.#").format(value); //$NON-NLS-1$
    }

    /** The name of the course or channel a lever moves (its id when it had no name). */
    public static String elementName(org.jinzai.model.Lever lever) {
        return lever.getElementName() == null ? lever.getElementId() : lever.getElementName();
    }

    /** The name a lever is shown with: "DX基礎研修 定員" / "seats of DX basics". */
    public static String leverName(org.jinzai.model.Lever lever, java.util.Locale locale) {
        String name = elementName(lever);
        return new Texts(locale).get("seats".equals(lever.getKind()) ? "lever.seats" : "lever.hires", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * A goal-seek: the probability of meeting the target at each lever value evaluated, the wanted probability as a
     * dashed line.
     */
    public static JFreeChart goalSeek(org.jinzai.model.GoalSeekExperiment e, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        XYSeries evaluated = new XYSeries(texts.get("chart.evaluated"), true, false); //$NON-NLS-1$
        for (org.jinzai.model.LeverEvaluation v : e.getEvaluations()) {
            evaluated.add(v.getValue(), v.getProbability() * 100);
        }
        XYSeries wanted = new XYSeries(texts.get("chart.wanted"), true, false); //$NON-NLS-1$
        wanted.add(e.getMinimum(), e.getProbability() * 100);
        wanted.add(e.getMaximum(), e.getProbability() * 100);
        JFreeChart chart = ChartFactory.createXYLineChart(
                texts.get("chart.goalSeekTitle", e.getTargetName(), org.jinzai.model.util.FiscalYears.label(e.getFiscalYear(), locale)), //$NON-NLS-1$
                texts.get("chart.perYear", leverName(e.getLever(), locale)), texts.get("chart.probability"), //$NON-NLS-1$ //$NON-NLS-2$
                new XYSeriesCollection(evaluated), PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(true, true);
        points.setSeriesPaint(0, BAND);
        points.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(0, points);
        plot.setDataset(1, new XYSeriesCollection(wanted));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, TARGET);
        line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
        plot.setRenderer(1, line);
        plot.getRangeAxis().setRange(0, 100);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (e.isFeasible()) {
            org.jfree.chart.plot.ValueMarker answer = new org.jfree.chart.plot.ValueMarker(e.getAnswer(), TARGET, new BasicStroke(1f));
            answer.setLabel(texts.get("chart.answer", Integer.toString(e.getAnswer()))); //$NON-NLS-1$
            answer.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            answer.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            answer.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(answer);
        }
        return chart;
    }

    /**
     * A sweep: the probability of meeting a target (its index in the points' values) against the first lever, one
     * line per value of the second.
     */
    public static JFreeChart sweep(org.jinzai.model.SweepExperiment e, int target, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        XYSeriesCollection lines = new XYSeriesCollection();
        java.util.Map<Integer, XYSeries> bySecond = new java.util.LinkedHashMap<>();
        String targetName = e.getTargetName();
        for (org.jinzai.model.SweepPoint point : e.getPoints()) {
            if (target >= point.getValues().size()) {
                continue;
            }
            targetName = point.getValues().get(target).getTargetName();
            XYSeries series = bySecond.computeIfAbsent(point.getSecond(), second -> new XYSeries(e.getSecond() == null
                    ? texts.get("chart.evaluated") : leverName(e.getSecond(), locale) + " = " + second, true, false)); //$NON-NLS-1$ //$NON-NLS-2$
            double p = point.getValues().get(target).getProbability();
            series.add(point.getFirst(), Double.isNaN(p) ? null : p * 100);
        }
        bySecond.values().forEach(lines::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(
                texts.get("chart.goalSeekTitle", targetName, org.jinzai.model.util.FiscalYears.label(e.getFiscalYear(), locale)), //$NON-NLS-1$
                texts.get("chart.perYear", leverName(e.getFirst(), locale)), texts.get("chart.probability"), lines, //$NON-NLS-1$ //$NON-NLS-2$
                PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        probabilityLines(chart, lines.getSeriesCount());
        return chart;
    }

    /**
     * A region's pool size × allocation: for each policy a line of the probability that every member meets the target
     * at each value of the pool's lever ({@code lever}: the lever in the user's words).
     */
    public static JFreeChart regionSweep(org.jinzai.scenario.RegionSweep.Grid grid, String pool, String lever, String target, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        XYSeriesCollection lines = new XYSeriesCollection();
        var question = grid.question();
        for (int j = 0; j < question.policies().size(); j++) {
            XYSeries series = new XYSeries(org.jinzai.model.validation.ElementNames.literal(question.policies().get(j), locale), true, false);
            for (int i = 0; i < question.values().length; i++) {
                double p = grid.points()[i][j].everyMember();
                series.add(question.values()[i], Double.isNaN(p) ? null : p * 100);
            }
            lines.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(texts.get("chart.regionSweepTitle", //$NON-NLS-1$
                org.jinzai.model.util.FiscalYears.label(grid.firstFiscalYear() + question.year(), locale)),
                texts.get("chart.regionSweepAxis", lever, pool), texts.get("chart.everyMember"), lines, //$NON-NLS-1$ //$NON-NLS-2$
                PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        // the target below the title (a long name in the title would be cut)
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(texts.get("chart.regionSweepSubtitle", target), //$NON-NLS-1$
                chart.getTitle().getFont().deriveFont(java.awt.Font.PLAIN, chart.getTitle().getFont().getSize2D() * 0.8f)));
        XYPlot plot = probabilityLines(chart, lines.getSeriesCount());
        plot.getDomainAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** A chart of probabilities as lines with their points, one colour a line, from 0 to 100 %. */
    private static XYPlot probabilityLines(JFreeChart chart, int lines) {
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < lines; k++) {
            renderer.setSeriesPaint(k, SCENARIOS[k % SCENARIOS.length]);
            renderer.setSeriesStroke(k, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        plot.getRangeAxis().setRange(0, 100);
        return plot;
    }

    /**
     * A tornado: per lever, the target's mean with the lever lowered and raised, as bars from the base mean; the
     * widest swing on top.
     */
    public static JFreeChart tornado(org.jinzai.model.SensitivityExperiment e, java.util.Locale locale) {
        Texts texts = new Texts(locale);
        java.util.List<org.jinzai.model.SensitivityBar> bars = e.getBars();
        String[] series = { texts.get("chart.lowered", percent(e.getPercent())), texts.get("chart.raised", percent(e.getPercent())) }; //$NON-NLS-1$ //$NON-NLS-2$
        String[] levers = new String[bars.size()];
        Number[][] starts = new Number[2][bars.size()];
        Number[][] ends = new Number[2][bars.size()];
        // shares as percentages
        double scale = Formats.isShare(e.getTarget()) ? 100 : 1;
        double baseMean = e.getBaseMean() * scale;
        for (int k = 0; k < bars.size(); k++) {
            org.jinzai.model.SensitivityBar bar = bars.get(k);
            levers[k] = leverName(bar.getLever(), locale);
            starts[0][k] = Math.min(baseMean, bar.getLowMean() * scale);
            ends[0][k] = Math.max(baseMean, bar.getLowMean() * scale);
            starts[1][k] = Math.min(baseMean, bar.getHighMean() * scale);
            ends[1][k] = Math.max(baseMean, bar.getHighMean() * scale);
        }
        org.jfree.data.category.DefaultIntervalCategoryDataset dataset = new org.jfree.data.category.DefaultIntervalCategoryDataset(
                series, levers, starts, ends);
        JFreeChart chart = ChartFactory.createBarChart(
                texts.get("chart.tornadoTitle", e.getTargetName(), org.jinzai.model.util.FiscalYears.label(e.getFiscalYear(), locale)), //$NON-NLS-1$
                null, texts.get(scale > 1 ? "chart.percent" : "chart.mean"), dataset, PlotOrientation.HORIZONTAL, true, false, false); //$NON-NLS-1$ //$NON-NLS-2$
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.chart.renderer.category.IntervalBarRenderer renderer = new org.jfree.chart.renderer.category.IntervalBarRenderer();
        renderer.setSeriesPaint(0, new Color(0xE0, 0x8A, 0x1E));
        renderer.setSeriesPaint(1, BAND);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        // zoomed on the bars: the swings, not the distance from zero, are the point
        renderer.setIncludeBaseInRange(false);
        plot.setRenderer(renderer);
        org.jfree.chart.plot.ValueMarker base = new org.jfree.chart.plot.ValueMarker(baseMean, Color.DARK_GRAY, new BasicStroke(1.5f));
        base.setLabel(texts.get("chart.base", Formats.value(e.getBaseMean(), scale > 1))); //$NON-NLS-1$
        base.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        base.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        base.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addRangeMarker(base);
        // zoomed on the bars: the swings, not the distance from zero, are the point
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /**
     * PNG bytes of a chart laid out at a size (in points, as it appears in a document) and drawn {@code scale}
     * times finer, so that its text stays sharp and in proportion.
     */
    public static byte[] png(JFreeChart chart, int width, int height, int scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeBufferedImageAsPNG(out, chart.createBufferedImage(width * scale, height * scale, width, height, null));
        return out.toByteArray();
    }

    /**
     * SVG of a chart laid out at a size (in points, the SVG's user units), as UTF-8 bytes: its texts stay text (in
     * Japanese too), so that the chart can be searched and scaled in a slide or a document without blurring.
     */
    public static byte[] svg(JFreeChart chart, int width, int height) {
        org.jfree.svg.SVGGraphics2D g2 = new org.jfree.svg.SVGGraphics2D(width, height);
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        // the XML declaration names the encoding of the bytes; no DOCTYPE, so that no viewer goes to the web for a DTD
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Formats a fiscal year as "2026 (R8)". */
    private static final class YearFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long year, StringBuffer to, FieldPosition pos) {
            return to.append(year > 2018 ? year + " (R" + (year - 2018) + ")" : new DecimalFormat("0").format(year)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
