// The dashboard: filters, map, timeline and list over /api/incidents, and a hash router for the
// incident, report and submit pages. Type, actor, country and text filter on the server; the date
// range (inputs or timeline brush) filters what was loaded, so the brush answers at once.
'use strict';

(function () {
  const el = Sitrep.el;
  const state = { all: [], map: null, timeline: null };

  function filterParams() {
    const p = new URLSearchParams();
    for (const name of ['type', 'actor', 'country', 'q']) {
      const v = document.getElementById('f-' + name).value.trim();
      if (v) p.set(name, v);
    }
    p.set('limit', '1000');
    return p;
  }

  function dateRange() {
    return { from: document.getElementById('f-since').value || null, to: document.getElementById('f-until').value || null };
  }

  function inRange(i, r) {
    if (!r.from && !r.to) return true;
    if (!i.date) return false;
    return (!r.from || i.date.latest >= r.from) && (!r.to || i.date.earliest <= r.to);
  }

  async function load() {
    const status = document.getElementById('status');
    status.textContent = 'Loading…';
    try {
      const all = [];
      let url = '/api/incidents?' + filterParams().toString();
      while (url && all.length < 5000) {
        const page = await Sitrep.api(url);
        all.push(...page.items);
        url = page.next;
      }
      state.all = all;
      render();
    } catch (e) {
      status.textContent = 'Could not load incidents: ' + e.message;
    }
  }

  function render() {
    const range = dateRange();
    const shown = state.all.filter(i => inRange(i, range));
    document.getElementById('status').textContent = shown.length + ' of ' + state.all.length + ' incidents'
      + (range.from || range.to ? ' between ' + (range.from || '…') + ' and ' + (range.to || '…') : '');
    document.getElementById('brush-range').textContent = range.from || range.to ? (range.from || '…') + ' – ' + (range.to || '…') : '';
    state.map.show(shown);
    state.timeline.draw(state.all, range.from, range.to);
    const body = Sitrep.clear(document.querySelector('#incident-list tbody'));
    for (const i of shown) {
      const row = el('tr', { class: 'incident-row', 'data-id': i.id, tabindex: '0' },
        el('td', { title: Sitrep.dateText(i.date) }, Sitrep.shortDate(i.date)),
        el('td', {}, el('span', { class: 'swatch ' + (Sitrep.TYPE_CLASS[i.type] || 't-other') }), i.sub_type_label || i.type_label || ''),
        el('td', {}, el('a', { href: Sitrep.incidentHref(i.id) }, i.place ? i.place.name : 'unplaced')),
        el('td', {}, [i.actor1, i.actor2].filter(Boolean).join(' vs ')),
        el('td', { class: 'num', title: i.fatalities.cumulative_text || '' }, i.fatalities.best === null
          ? (i.fatalities.cumulative != null ? '– (' + i.fatalities.cumulative + ' cumulative)' : '–') : String(i.fatalities.best)),
        el('td', {}, i.grade || ''));
      row.addEventListener('click', e => { if (e.target.tagName !== 'A') location.hash = Sitrep.incidentHref(i.id); });
      body.appendChild(row);
    }
  }

  function show(name) {
    for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
    document.getElementById('filters').hidden = name !== 'map';
    if (name === 'map') state.map.refresh();
  }

  async function route() {
    const hash = location.hash || '#/';
    const parts = hash.slice(2).split('/');
    if (parts[0] === 'incident' && parts[1]) {
      show('incident');
      await Sitrep.incidentPage(document.getElementById('view-incident'), decodeURIComponent(parts[1]));
    } else if (parts[0] === 'report' && parts[1]) {
      show('report');
      await Sitrep.reportPage(document.getElementById('view-report'), decodeURIComponent(parts[1]));
    } else if (parts[0] === 'submit') {
      show('submit');
    } else {
      show('map');
      await load();
    }
  }

  async function submit(e) {
    e.preventDefault();
    const form = e.target;
    const result = Sitrep.clear(document.getElementById('submit-result'));
    const body = { text: form.text.value };
    for (const name of ['title', 'published', 'source']) if (form[name].value.trim()) body[name] = form[name].value.trim();
    result.appendChild(el('p', { class: 'status' }, 'Coding the report (the first one loads the language models)…'));
    try {
      const answer = await Sitrep.api('/api/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      Sitrep.clear(result);
      for (const r of answer.reports) {
        result.appendChild(el('p', { class: 'ok' }, (r.already_stored ? 'Already stored as ' : 'Stored as ') + r.id + ': ' + r.events.length + ' event(s). ',
          el('a', { href: Sitrep.reportHref(r.id) }, 'Open the report')));
      }
    } catch (err) {
      Sitrep.clear(result).appendChild(el('p', { class: 'error' }, 'Not stored: ' + err.message));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    state.map = new Sitrep.MapView(document.getElementById('map'), id => { location.hash = Sitrep.incidentHref(id); });
    state.timeline = new Sitrep.Timeline(document.getElementById('timeline'), (from, to) => {
      document.getElementById('f-since').value = from;
      document.getElementById('f-until').value = to;
      render();
    });
    state.map.loadCountries().catch(e => { document.getElementById('status').textContent = 'No country shapes: ' + e.message; });
    document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); load(); });
    for (const id of ['f-since', 'f-until']) document.getElementById(id).addEventListener('change', render);
    document.getElementById('f-reset').addEventListener('click', () => { document.getElementById('filters').reset(); load(); });
    document.getElementById('brush-clear').addEventListener('click', () => {
      document.getElementById('f-since').value = '';
      document.getElementById('f-until').value = '';
      render();
    });
    document.getElementById('submit-form').addEventListener('submit', submit);
    window.addEventListener('hashchange', route);
    route();
  });
})();
