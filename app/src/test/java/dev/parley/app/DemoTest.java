package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Quote;
import dev.parley.store.evidence.EvidenceType;
import org.junit.jupiter.api.Test;

/** The demo runs from the bundled resources alone: no ../shared, no workspace left behind. */
class DemoTest {
  @Test
  void demo_ingestsEveryBundledDocumentAndFindsAttributedQuotesDemandsAndRejections() {
    Demo.Result demo = Demo.run();
    DemoEvidence e = demo.evidence();
    assertThat(e.files())
        .containsExactly(
            "briefing-guarantees.pdf",
            "feed-rss.xml",
            "html-page-guarantees.html",
            "scraped-page-sanctions.txt",
            "wordpress-post-istanbul.json");
    assertThat(e.summary().diagnostics()).isEmpty();
    assertThat(e.summary().counts().stored()).isEqualTo(7);
    assertThat(e.summary().stored().get(EvidenceType.QUOTE)).isPositive();
    assertThat(e.quotes()).isNotEmpty();
    assertThat(e.quotes()).allSatisfy(q -> assertThat(((Quote) q.item()).speaker()).isNotNull());
    assertThat(e.demands()).isNotEmpty();
    assertThat(e.rejections()).isNotEmpty();
    assertThat(e.rejections()).allSatisfy(r -> assertThat(r.citation().format()).contains("doc-"));
    assertThat(demo.report()).isNotNull();
    // The forecasts: every model the demo names, the probability of a deal, every lever.
    var forecasts = demo.forecasts();
    assertThat(forecasts.levers().levers()).hasSize(demo.scenario().levers().size());
    assertThat(forecasts.options().models()).containsExactlyElementsOf(Demo.FORECAST_MODELS);
    assertThat(forecasts.dealOutput()).isNotNull();
    // every probability names its event and horizon: p_agreement_within from simulated trials
    assertThat(demo.agreementWithin().within().total()).isEqualTo(Demo.SIMULATED_TRIALS);
    assertThat(demo.agreementWithin().horizonDays()).isEqualTo(365);
    // The simulated talks: every run, and every lever on the same seeds.
    var talks = demo.simulation();
    assertThat(talks.runs()).hasSize(Demo.SIMULATION_RUNS);
    assertThat(talks.levers()).hasSize(demo.scenario().levers().size());
    assertThat(talks.levers()).allSatisfy(l -> assertThat(l.errors()).isEmpty());
    // who concedes first has one definition: the simulated talks report the forecasts' order
    // (before, the WHO CONCEDES FIRST table named united-states and the simulation below it
    // ukraine, in 100% of runs)
    assertThat(talks.concession().concessionOrder())
        .isEqualTo(forecasts.timeline().concessionOrder());
    assertThat(talks.concession().firstToConcede()).contains("united-states");
  }
}
