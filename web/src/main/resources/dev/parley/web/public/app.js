// The Parley workbench (docs/serve.md). Every string from a scenario or a document reaches the page
// through textContent or ECharts' canvas text, never through innerHTML (docs/adr/0013).
'use strict';

(function () {
  const state = {
    token: null, scenario: null, analysis: null, forecast: null, uncertainty: null,
    lever: null, charts: {}, run: null, evidence: [],
  };

  function tokenFromFragment() {
    const m = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
    if (m) {
      sessionStorage.setItem('parley-token', decodeURIComponent(m[1]));
      history.replaceState(null, '', window.location.pathname);
    }
    return sessionStorage.getItem('parley-token');
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    if (state.token) opts.headers['Authorization'] = 'Bearer ' + state.token;
    const response = await fetch(path, opts);
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try {
        const body = await response.json();
        if (body && body.error) message = '[' + body.error.code + '] ' + body.error.message;
      } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  async function getJson(path) {
    return (await api(path)).json();
  }

  function chart(id) {
    if (!state.charts[id]) {
      state.charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    }
    return state.charts[id];
  }

  const TOOLTIP = { trigger: 'item', renderMode: 'richText' };

  // ---------------------------------------------------------------- views

  function leverEntry(list) {
    if (!state.lever || !list) return null;
    return list.find((l) => l.lever === state.lever) || null;
  }

  function drawPositions() {
    const f = state.forecast;
    if (!f) return;
    const dims = f.dimensions;
    const lever = state.uncertainty ? leverEntry(state.uncertainty.levers) : null;
    const series = f.models.map((m) => {
      let data = m.outcome.slice();
      if (lever) {
        data = dims.map((d, i) => {
          const diff = lever.differences.find((x) => x.output === m.model + '/' + d);
          return diff && diff.nominal_pulled !== undefined && diff.nominal_pulled !== null
            ? diff.nominal_pulled : m.outcome[i];
        });
      }
      return { name: m.model, type: 'scatter', symbolSize: 9, data: data.map((v, i) => [v, i]) };
    });
    chart('chart-positions').setOption({
      animation: false,
      title: { text: lever ? 'With lever: ' + lever.name : 'Baseline', textStyle: { fontSize: 13 } },
      tooltip: TOOLTIP,
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 140, right: 30, top: 40, bottom: 60 },
      xAxis: { type: 'value', min: 0, max: 100, name: 'position' },
      yAxis: { type: 'category', data: dims, inverse: true },
      series: series,
    }, true);
  }

  function drawForecasts() {
    const f = state.forecast;
    if (!f) return;
    const dims = f.dimensions;
    const ensemble = f.models.find((m) => m.model === 'ensemble') || f.models[0];
    const series = [];
    series.push({
      name: ensemble.model + ' (point)', type: 'scatter', symbolSize: 11,
      data: ensemble.outcome.map((v, i) => [v, i]),
    });
    if (ensemble.interval_80) {
      series.push({
        name: ensemble.model + ' 80% interval', type: 'scatter', symbol: 'rect', symbolSize: [3, 14],
        data: ensemble.interval_80.flatMap((iv, i) => (iv ? [[iv[0], i], [iv[1], i]] : [])),
      });
    }
    const u = state.uncertainty;
    if (u) {
      const mc = u.forecasts.find((m) => m.model === 'compromise') || u.forecasts[0];
      if (mc) {
        series.push({
          name: mc.model + ' Monte Carlo 5–95%', type: 'scatter', symbol: 'diamond', symbolSize: 8,
          data: dims.flatMap((d, i) => {
            const s = mc.issues.find((x) => x.issue === d);
            return s && s.q05 !== null ? [[s.q05, i], [s.median, i], [s.q95, i]] : [];
          }),
        });
        const lever = leverEntry(u.levers);
        if (lever) {
          series.push({
            name: 'with ' + lever.lever, type: 'scatter', symbol: 'triangle', symbolSize: 12,
            data: dims.flatMap((d, i) => {
              const diff = lever.differences.find((x) => x.output === mc.model + '/' + d);
              return diff && diff.pulled !== null && diff.pulled !== undefined ? [[diff.pulled, i]] : [];
            }),
          });
        }
      }
    }
    chart('chart-forecasts').setOption({
      animation: false,
      tooltip: TOOLTIP,
      legend: { bottom: 0 },
      grid: { left: 140, right: 30, top: 20, bottom: 60 },
      xAxis: { type: 'value', min: 0, max: 100, name: 'position' },
      yAxis: { type: 'category', data: dims, inverse: true },
      series: series,
    }, true);
  }

  function fillParties() {
    const a = state.analysis;
    const xs = document.getElementById('party-x');
    const ys = document.getElementById('party-y');
    [xs, ys].forEach(clear);
    if (!a) return;
    a.parties.forEach((p, i) => {
      const ox = el('option', p); ox.value = String(i); xs.appendChild(ox);
      const oy = el('option', p); oy.value = String(i); ys.appendChild(oy);
    });
    ys.value = a.parties.length > 1 ? '1' : '0';
  }

  function drawFrontier() {
    const a = state.analysis;
    if (!a) return;
    const x = Number(document.getElementById('party-x').value || 0);
    const y = Number(document.getElementById('party-y').value || 1);
    const lever = leverEntry(a.levers);
    const source = lever || a;
    const point = (name, s) => (s && s.utilities ? [{ name: name, value: [s.utilities[x], s.utilities[y]] }] : []);
    const solutions = [].concat(
      point('Nash', source.nash), point('Kalai-Smorodinsky', source.ks),
      point('max welfare', source.max_welfare), point('equal utility', source.equal_utility));
    const d = source.disagreement_point;
    const series = [
      { name: 'frontier (baseline)', type: 'scatter', symbolSize: 4, large: true,
        itemStyle: { opacity: lever ? 0.25 : 0.8 },
        data: a.pareto.map((p) => [p.u[x], p.u[y]]) },
      { name: (lever ? lever.lever + ': ' : '') + 'solutions', type: 'scatter', symbolSize: 14, symbol: 'diamond', data: solutions,
        label: { show: true, formatter: (p) => p.name, position: 'right' } },
      { name: (lever ? lever.lever + ': ' : '') + 'walk-away', type: 'scatter', symbolSize: 12, symbol: 'triangle',
        data: d ? [[d[x], d[y]]] : [] },
    ];
    const note = document.getElementById('frontier-note');
    note.textContent = (lever ? 'Lever ' + lever.name + ': ' : 'Baseline: ')
      + source.n_pareto_vectors + ' Pareto-optimal utility vectors'
      + (a.pareto.length === 0 ? '; no package is on the frontier, so only the walk-away point shows.' : '.')
      + (lever ? ' The dots are the baseline frontier; the solutions and walk-away are the lever\u2019s.' : '');
    chart('chart-frontier').setOption({
      animation: false,
      tooltip: TOOLTIP,
      legend: { bottom: 0 },
      grid: { left: 60, right: 40, top: 20, bottom: 60 },
      xAxis: { type: 'value', min: 0, max: 1, name: a.parties[x] },
      yAxis: { type: 'value', min: 0, max: 1, name: a.parties[y] },
      series: series,
    }, true);
  }

  function redraw() {
    drawPositions();
    drawForecasts();
    drawFrontier();
    Object.values(state.charts).forEach((c) => c.resize());
  }

  function fillLevers() {
    const box = document.getElementById('levers');
    Array.from(box.querySelectorAll('label')).forEach((l) => box.removeChild(l));
    const levers = state.analysis ? state.analysis.levers : [];
    levers.forEach((l) => {
      const label = el('label');
      const input = el('input');
      input.type = 'checkbox';
      input.className = 'lever';
      input.value = l.lever;
      input.addEventListener('change', () => {
        box.querySelectorAll('input.lever').forEach((other) => { if (other !== input) other.checked = false; });
        state.lever = input.checked ? l.lever : null;
        redraw();
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + l.name));
      box.appendChild(label);
    });
  }

  // ---------------------------------------------------------------- scenario text

  async function loadSource(name) {
    const [text, validation] = await Promise.all([
      api('/api/scenarios/' + encodeURIComponent(name) + '/source').then((r) => r.text()),
      getJson('/api/scenarios/' + encodeURIComponent(name) + '/validate'),
    ]);
    showSource(text, validation);
    return validation;
  }

  function showSource(text, validation) {
    const list = document.getElementById('source');
    const diags = document.getElementById('diagnostics');
    clear(list);
    clear(diags);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const li = el('li', line);
      li.id = 'line-' + (i + 1);
      list.appendChild(li);
    });
    validation.diagnostics.forEach((d) => {
      const where = d.line ? d.file + ':' + d.line + ':' + d.column : d.file;
      const li = el('li', where + ': ' + d.severity + ': [' + d.code + '] ' + d.message, d.severity);
      if (d.line) {
        const target = document.getElementById('line-' + d.line);
        if (target) {
          target.classList.add('flagged');
          if (d.severity === 'error') target.classList.add('error');
          target.title = '[' + d.code + '] ' + d.message;
        }
        li.addEventListener('click', () => {
          const t = document.getElementById('line-' + d.line);
          if (t) t.scrollIntoView({ block: 'center' });
        });
      }
      diags.appendChild(li);
    });
    if (validation.diagnostics.length === 0) diags.appendChild(el('li', 'No diagnostics.'));
  }

  // ---------------------------------------------------------------- evidence

  async function searchEvidence(words) {
    const list = document.getElementById('evidence-list');
    const count = document.getElementById('evidence-count');
    // a newer search makes this one's answer stale: only the latest is shown
    const seq = (state.evidenceSeq = (state.evidenceSeq || 0) + 1);
    clear(list);
    count.textContent = 'Searching…';
    const q = new URLSearchParams();
    if (words) q.set('search', words);
    q.set('limit', '200');
    let response;
    try {
      response = await api('/api/evidence?' + q.toString());
    } catch (e) {
      if (seq === state.evidenceSeq) count.textContent = String(e.message);
      return;
    }
    const text = await response.text();
    if (seq !== state.evidenceSeq) return;
    const items = text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
    state.evidence = items;
    count.textContent = items.length + ' of ' + (response.headers.get('X-Total-Count') || items.length) + ' items';
    items.forEach((item) => {
      const li = el('li');
      li.className = 'evidence-item';
      const sentence = item.provenance && item.provenance.sentence ? item.provenance.sentence.text : null;
      li.appendChild(el('span', '[' + item.type + '] ' + (item.text || sentence || item.trigger || item.id)));
      li.appendChild(el('span', item.citation ? item.citation.text : '', 'cite'));
      li.addEventListener('click', () => showDocument(item));
      list.appendChild(li);
    });
  }

  async function showDocument(item) {
    const c = item.citation;
    const d = await getJson('/api/documents/' + encodeURIComponent(c.document));
    document.getElementById('doc-title').textContent = d.title || d.id;
    document.getElementById('doc-meta').textContent =
      [d.outlet, d.published, d.url, d.origin].filter((x) => x).join(' · ');
    const pre = document.getElementById('doc-text');
    clear(pre);
    const clamp = (n) => Math.max(0, Math.min(n, d.text.length));
    const start = clamp(c.span.start);
    const end = Math.max(start, clamp(c.span.end));
    const s = item.provenance && item.provenance.sentence ? item.provenance.sentence : null;
    const s0 = s && clamp(s.start) <= start ? clamp(s.start) : start;
    const s1 = s && clamp(s.end) >= end ? clamp(s.end) : end;
    pre.appendChild(document.createTextNode(d.text.substring(0, s0)));
    const sentenceNode = el('span', null, 'sentence');
    sentenceNode.appendChild(document.createTextNode(d.text.substring(s0, start)));
    const mark = el('mark', d.text.substring(start, end));
    mark.id = 'span';
    sentenceNode.appendChild(mark);
    sentenceNode.appendChild(document.createTextNode(d.text.substring(end, s1)));
    pre.appendChild(sentenceNode);
    pre.appendChild(document.createTextNode(d.text.substring(s1)));
    mark.scrollIntoView({ block: 'center' });
  }

  // ---------------------------------------------------------------- Monte Carlo

  function fillMonteCarlo() {
    const body = document.querySelector('#mc-table tbody');
    clear(body);
    const u = state.uncertainty;
    if (!u) return;
    const row = (name, p) => {
      const tr = el('tr');
      tr.appendChild(el('td', name));
      tr.appendChild(el('td', p === null || p === undefined ? '–' : (100 * p).toFixed(1) + '%'));
      body.appendChild(tr);
    };
    row('baseline', u.p_zone_exists && u.p_zone_exists.probability !== undefined ? u.p_zone_exists.probability : u.p_zone_exists);
    u.levers.forEach((l) => row(l.name, l.p_zone_exists));
  }

  async function startRun() {
    const name = state.scenario;
    const trials = Number(document.getElementById('mc-trials').value) || 500;
    const progress = document.getElementById('mc-progress');
    const label = document.getElementById('mc-state');
    progress.value = 0;
    label.textContent = 'starting…';
    const run = await (await api('/api/scenarios/' + encodeURIComponent(name)
      + '/uncertainty/runs?trials=' + trials, { method: 'POST' })).json();
    state.run = run.id;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (state.run !== run.id || state.scenario !== name) return;
      const s = await getJson('/api/runs/' + run.id);
      progress.max = Math.max(1, s.total);
      progress.value = s.done;
      label.textContent = (s.state === 'running' ? 'running' : 'finishing') + ': '
        + s.done + ' / ' + s.total + ' ' + s.unit;
      if (s.state === 'done') break;
      if (s.state === 'failed') {
        try { await getJson(s.result); } catch (e) { label.textContent = String(e.message); }
        return;
      }
    }
    state.uncertainty = await getJson('/api/runs/' + run.id + '/result');
    fillMonteCarlo();
    redraw();
    label.textContent = 'done: ' + state.uncertainty.trials + ' trials';
  }

  // ---------------------------------------------------------------- scenario choice

  async function choose(name) {
    state.scenario = name;
    state.lever = null;
    state.analysis = null;
    state.forecast = null;
    state.uncertainty = null;
    fillMonteCarlo();
    status('Loading ' + name + '…');
    try {
      const validation = await loadSource(name);
      if (!validation.ok) {
        status(name + ' has errors: see the Scenario view.');
        fillLevers();
        return;
      }
      const enc = encodeURIComponent(name);
      const [analysis, forecast] = await Promise.all([
        getJson('/api/scenarios/' + enc + '/analysis'),
        getJson('/api/scenarios/' + enc + '/forecast?trials=0'),
      ]);
      if (state.scenario !== name) return;
      state.analysis = analysis;
      state.forecast = forecast;
      fillLevers();
      fillParties();
      redraw();
      status(analysis.title + ' (' + analysis.parties.length + ' parties, ' + analysis.issues.length + ' issues)');
      startRun().catch((e) => { document.getElementById('mc-state').textContent = String(e.message); });
    } catch (e) {
      status(String(e.message));
    }
  }

  function showView(view) {
    document.querySelectorAll('#views button').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
    document.querySelectorAll('.view').forEach((s) => s.classList.toggle('hidden', s.id !== 'view-' + view));
    Object.values(state.charts).forEach((c) => c.resize());
  }

  async function start() {
    state.token = tokenFromFragment();
    document.querySelectorAll('#views button').forEach((b) => b.addEventListener('click', () => showView(b.dataset.view)));
    document.getElementById('party-x').addEventListener('change', drawFrontier);
    document.getElementById('party-y').addEventListener('change', drawFrontier);
    document.getElementById('mc-start').addEventListener('click', () => {
      startRun().catch((e) => { document.getElementById('mc-state').textContent = String(e.message); });
    });
    document.getElementById('evidence-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      searchEvidence(document.getElementById('evidence-search').value);
    });
    window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
    let list;
    try {
      list = await getJson('/api/scenarios');
    } catch (e) {
      status(String(e.message));
      return;
    }
    const select = document.getElementById('scenario');
    list.scenarios.forEach((s) => {
      const o = el('option', s.name);
      o.value = s.name;
      select.appendChild(o);
    });
    select.addEventListener('change', () => choose(select.value));
    if (!list.workspace) {
      document.getElementById('evidence-count').textContent = 'No workspace: start parley serve with --workspace DIR.';
    } else {
      searchEvidence('');
    }
    if (list.scenarios.length > 0) {
      await choose(list.scenarios[0].name);
    } else {
      status('No scenarios: give parley serve scenario files.');
    }
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', start);
}());
