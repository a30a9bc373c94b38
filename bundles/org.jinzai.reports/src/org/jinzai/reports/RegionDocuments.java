package org.jinzai.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jinzai.engine.RegionResult;
import org.jinzai.engine.RegionResult.RequestQuantity;
import org.jinzai.engine.RunOptions;
import org.jinzai.model.PoolRequest;
import org.jinzai.model.RegionMember;
import org.jinzai.model.Scenario;
import org.jinzai.model.Secondment;
import org.jinzai.model.YearlyCount;
import org.jinzai.scenario.RegionRunner;
import org.jinzai.scenario.ScenarioRunner;

/**
 * The documents of a region's run, by file name: {@code region.docx} (the region's document, for the prefecture) and each
 * member's policy document with its projection with the pools and the support it counts on ({@code policy-NAME.docx}).
 * The run must keep the members' departments (what a policy document shows). The command line and the workbench write
 * the same.
 */
public final class RegionDocuments {

    private RegionDocuments() {
    }

    /** The documents in a language, dated. */
    public static Map<String, byte[]> of(RegionRunner.Run run, RunOptions options, Locale locale, LocalDate date) throws IOException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("region.docx", new RegionDocument(run, options, locale, date).toBytes()); //$NON-NLS-1$
        RegionResult pooled = run.pooled();
        for (int k = 0; k < run.region().getMembers().size(); k++) {
            RegionMember member = run.region().getMembers().get(k);
            Scenario scenario = member.getScenario();
            ScenarioRunner.Run own = new ScenarioRunner.Run(pooled.input().members().get(k).input(), pooled.member(k),
                    ScenarioRunner.toModel(scenario, options, pooled.member(k)));
            ReportData data = ReportData.of(scenario, options, own, locale, date);
            String file = run.region().eResource() == null ? run.region().getName() : run.region().eResource().getURI().lastSegment();
            for (int j = 0; j < member.getRequests().size(); j++) {
                PoolRequest request = member.getRequests().get(j);
                double[] received = new double[pooled.years()];
                double[] cost = new double[pooled.years()];
                for (int y = 0; y < pooled.years(); y++) {
                    received[y] = pooled.requestSummary(k, j, RequestQuantity.RECEIVED, y).mean();
                    // the member's share of a pool's cost is of all its requests to it: given with its first
                    cost[y] = RegionRunner.firstRequestTo(member, j)
                            ? pooled.memberCostSummary(k, run.region().getPools().indexOf(request.getPool()), y).mean() : 0;
                }
                // the most it asks in a fiscal year of the region
                int first = run.region().getRunSettings().getFirstFiscalYear();
                int days = request.getDays().stream().filter(d -> d.getFiscalYear() >= first && d.getFiscalYear() < first + pooled.years())
                        .mapToInt(YearlyCount::getCount).max().orElse(0);
                data.withPoolSupport(run.region().getName(), request.getPool().getName(), days,
                        request.getWhenShortOf() == null ? null : request.getWhenShortOf().getName(), received, cost);
            }
            for (Secondment secondment : member.getSecondments()) {
                int first = run.region().getRunSettings().getFirstFiscalYear();
                int[] sent = RegionRunner.perYear(secondment.getStaff(), first, pooled.years());
                data.withSecondment(run.region().getName(), secondment.getPool().getName(), secondment.getPersona().getName(), first, sent,
                        secondment.getTermYears(), secondment.getStepOnReturn());
            }
            data.withRegionRun(run.region().getName(), org.eclipse.emf.common.util.URI.decode(file), options.seed());
            // two members of one municipality (two of its scenarios, a copied folder): told apart by the scenario, then the place
            String name = "policy-" + fileName(RegionDocument.name(scenario)); //$NON-NLS-1$
            if (documents.containsKey(name + ".docx")) { //$NON-NLS-1$
                name = name + "-" + fileName(scenario.getName() == null ? scenario.getId() : scenario.getName()); //$NON-NLS-1$
            }
            if (documents.containsKey(name + ".docx")) { //$NON-NLS-1$
                name = name + "-" + (k + 1); //$NON-NLS-1$
            }
            documents.put(name + ".docx", new DocxReport(data).toBytes(PolicyTemplate.standard(locale))); //$NON-NLS-1$
        }
        return documents;
    }

    /** A member's name as part of a file name: the characters no file system takes replaced. */
    private static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
