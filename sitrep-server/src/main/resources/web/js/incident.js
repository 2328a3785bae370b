// The incident page (events, sources and claims, evidence highlighted in the report text, control
// timeline, history, audit log, analyst edit form) and the report page.
'use strict';

(function () {
  const el = Sitrep.el;

  function eventCard(member) {
    const e = member.event;
    const sources = (e.claim && e.claim.sources) || [];
    return el('article', { class: 'event' + (e.rejected ? ' rejected' : ''), 'data-event': e.id },
      el('h4', {}, (e.sub_type_label || e.type_label || 'event') + ' ', el('small', {}, e.id), e.rejected ? el('span', { class: 'badge' }, 'rejected') : null),
      el('dl', {},
        el('dt', {}, 'Report'), el('dd', {}, el('a', { href: Sitrep.reportHref(member.report_id) }, member.report_id), member.outlet ? ' (' + member.outlet + ')' : ''),
        el('dt', {}, 'Date'), el('dd', {}, e.date && e.date.earliest ? Sitrep.dateText(e.date) + (e.date.text ? ' ("' + e.date.text + '")' : '') : 'unknown'),
        el('dt', {}, 'Place'), el('dd', {}, e.location ? e.location.name + (e.location.country ? ', ' + e.location.country : '') : 'unplaced'),
        el('dt', {}, 'Actors'), el('dd', {}, [e.actor1, e.actor2].filter(Boolean).map(a => a.name + (a.hedged ? ' (hedged)' : '')).join(' vs ') || '–'),
        el('dt', {}, 'Killed'), el('dd', { class: 'killed' }, e.fatalities ? String(e.fatalities.best) + (e.fatalities.text ? ' ("' + e.fatalities.text + '")' : '') : '–'),
        el('dt', {}, 'Claim'), el('dd', {}, e.claim ? String(e.claim.status).toLowerCase() : 'reported'),
        el('dt', {}, 'Sources'), el('dd', {}, sources.length ? sources.map(s => [s.name, s.kind ? '(' + s.kind + ')' : '', s.verb].filter(Boolean).join(' ')).join('; ') : 'the report itself')),
      el('ul', { class: 'evidence' }, (e.evidence || []).map(ev => el('li', {}, el('b', {}, ev.field + ': '), ev.text))));
  }

  async function reportTexts(members) {
    const out = [];
    const ids = [...new Set(members.map(m => m.report_id))];
    for (const id of ids) {
      try {
        const report = await Sitrep.api('/api/reports/' + encodeURIComponent(id));
        const spans = members.filter(m => m.report_id === id && m.event.sentence && m.event.sentence.span)
          .map(m => ({ start: m.event.sentence.span.start, end: m.event.sentence.span.end, label: 'evidence for ' + m.event.id }));
        out.push(el('section', { class: 'report' }, el('h4', {}, report.title || id, ' ', el('small', {}, report.published || '')), Sitrep.highlighted(report.text, spans)));
      } catch (e) {
        out.push(el('p', { class: 'error' }, 'Report ' + id + ': ' + e.message));
      }
    }
    return out;
  }

  function controlTable(periods) {
    if (!periods.length) return el('p', {}, 'No capture or retake reported for this place.');
    return el('table', { class: 'control' }, el('thead', {}, el('tr', {}, el('th', {}, 'Held by'), el('th', {}, 'From'), el('th', {}, 'Until'), el('th', {}, 'Disputed by'))),
      el('tbody', {}, periods.map(p => el('tr', { class: p.disputed ? 'disputed' : '' },
        el('td', {}, p.holder || 'unsettled'), el('td', {}, p.from || '?'), el('td', {}, p.until || 'still'), el('td', {}, p.disputed ? p.claimants.join(', ') : '')))));
  }

  function historyList(history, audit) {
    const items = history.map(h => el('li', {}, 'Revision ' + h.revision + ' (' + h.at + ', ' + String(h.kind).toLowerCase() + '): ' + (h.summary || '')));
    return el('div', {},
      el('ol', { class: 'history' }, items),
      el('h4', {}, 'Audit log'),
      audit.length ? el('table', { class: 'audit' },
        el('thead', {}, el('tr', {}, ['When', 'Who', 'What', 'Target', 'Before', 'After', 'Why'].map(t => el('th', {}, t)))),
        el('tbody', {}, audit.map(a => el('tr', { class: 'audit-entry' }, el('td', {}, a.at), el('td', {}, a.who), el('td', {}, a.action), el('td', {}, a.target_id),
          el('td', {}, JSON.stringify(a.before)), el('td', {}, JSON.stringify(a.after)), el('td', {}, a.why || '')))))
        : el('p', { id: 'no-audit' }, 'No analyst has changed this incident.'));
  }

  function editForm(incident, reload) {
    const targets = [el('option', { value: '' }, 'the whole incident')].concat(incident.members.map(m => el('option', { value: m.event.id }, 'event ' + m.event.id)));
    const types = [['', 'keep'], ['BATTLES', 'Battles'], ['EXPLOSIONS_REMOTE_VIOLENCE', 'Explosions/Remote violence'], ['VIOLENCE_AGAINST_CIVILIANS', 'Violence against civilians'],
      ['PROTESTS', 'Protests'], ['RIOTS', 'Riots'], ['STRATEGIC_DEVELOPMENTS', 'Strategic developments']];
    const form = el('form', { id: 'edit-form', class: 'edit', autocomplete: 'off' },
      el('label', {}, 'Analyst token ', el('input', { type: 'password', name: 'token', id: 'edit-token', size: 30 })),
      el('label', {}, 'Change ', el('select', { name: 'target', id: 'edit-target' }, targets)),
      el('label', {}, 'Killed ', el('input', { type: 'number', min: 0, name: 'fatalities', id: 'edit-fatalities' })),
      el('label', {}, 'Type ', el('select', { name: 'type', id: 'edit-type' }, types.map(([v, t]) => el('option', { value: v }, t)))),
      el('label', {}, 'Date ', el('input', { type: 'date', name: 'date', id: 'edit-date' })),
      el('label', {}, 'Actor 1 ', el('input', { type: 'text', name: 'actor1', size: 18 })),
      el('label', {}, 'Actor 2 ', el('input', { type: 'text', name: 'actor2', size: 18 })),
      el('label', {}, el('input', { type: 'checkbox', name: 'reject', id: 'edit-reject' }), ' reject'),
      el('label', { class: 'block' }, 'Why ', el('input', { type: 'text', name: 'why', id: 'edit-why', size: 60 })),
      el('button', { type: 'submit', id: 'edit-save' }, 'Save'),
      el('p', { id: 'edit-result', role: 'status' }));
    form.token.value = sessionStorage.getItem('sitrep-token') || '';
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const result = form.querySelector('#edit-result');
      const body = {};
      if (form.fatalities.value !== '') body.fatalities = Number(form.fatalities.value);
      if (form.type.value) body.type = form.type.value;
      if (form.date.value) body.date = form.date.value;
      if (form.actor1.value.trim()) body.actor1 = form.actor1.value.trim();
      if (form.actor2.value.trim()) body.actor2 = form.actor2.value.trim();
      if (form.reject.checked) body.reject = true;
      if (form.why.value.trim()) body.why = form.why.value.trim();
      const path = form.target.value ? '/api/events/' + encodeURIComponent(form.target.value) : '/api/incidents/' + encodeURIComponent(incident.id);
      const headers = { 'Content-Type': 'application/json' };
      if (form.token.value) headers.Authorization = 'Bearer ' + form.token.value;
      try {
        await Sitrep.api(path, { method: 'PATCH', headers: headers, body: JSON.stringify(body) });
        sessionStorage.setItem('sitrep-token', form.token.value);
        await reload('Saved.');
      } catch (err) {
        result.className = 'error';
        result.textContent = 'Not saved (' + (err.status || 'error') + '): ' + err.message;
      }
    });
    return form;
  }

  Sitrep.incidentPage = async function (container, id, notice) {
    Sitrep.clear(container).appendChild(el('p', { class: 'status' }, 'Loading incident…'));
    let i;
    try {
      i = await Sitrep.api('/api/incidents/' + encodeURIComponent(id));
    } catch (e) {
      Sitrep.clear(container).appendChild(el('p', { class: 'error' }, 'Incident ' + id + ': ' + e.message));
      return;
    }
    const f = i.fatalities;
    const texts = await reportTexts(i.members);
    Sitrep.clear(container).append(...[
      el('p', {}, el('a', { href: '#/' }, '← back to the map')),
      el('h2', { id: 'incident-title', 'data-id': i.id }, (i.sub_type_label || i.type_label || 'Incident') + ' — ' + (i.place ? i.place.name : 'unplaced') + ', ' + Sitrep.dateText(i.date)),
      el('p', { class: 'summary' },
        'Killed: ', el('b', { id: 'incident-killed' }, f.best === null ? 'unknown' : String(f.best)),
        f.min !== null && f.max !== null && f.min !== f.max ? ' (sources say ' + f.min + '–' + f.max + ')' : '',
        f.cumulative != null ? el('span', { id: 'incident-cumulative' }, ' · cumulative total reported: ' + f.cumulative
          + (f.cumulative_text ? ' ("' + f.cumulative_text + '")' : '') + ', not counted as this event\'s toll') : '',
        ' · ' + (i.status || 'reported') + ' · grade ' + (i.grade || '–') + ' · ' + i.independent_sources + ' independent source(s) · ' + i.reports + ' report(s) · revision ' + i.revision),
      notice ? el('p', { class: 'ok', id: 'notice' }, notice) : null,
      el('h3', {}, 'Events and their sources'), el('div', { class: 'events' }, i.members.map(eventCard)),
      el('h3', {}, 'Evidence in the reports'), el('div', { class: 'reports' }, texts),
      el('h3', {}, 'Control of ' + (i.place ? i.place.name : 'the place')), controlTable(i.control),
      el('h3', {}, 'History'), historyList(i.history, i.audit),
      el('h3', {}, 'Correct this incident'), editForm(i, msg => Sitrep.incidentPage(container, id, msg))].filter(Boolean));
    Sitrep.showFirstMark(container);
  };

  Sitrep.reportPage = async function (container, id) {
    Sitrep.clear(container).appendChild(el('p', { class: 'status' }, 'Loading report…'));
    try {
      const r = await Sitrep.api('/api/reports/' + encodeURIComponent(id));
      const spans = r.events.filter(e => e.sentence && e.sentence.span).map(e => ({ start: e.sentence.span.start, end: e.sentence.span.end, label: 'evidence for ' + e.id }));
      // candidate acts not coded: their trigger words, marked apart, with why
      const leftOut = r.left_out || [];
      spans.push(...leftOut.filter(l => l.start != null).map(l => ({ start: l.start, end: l.end, label: 'not coded: ' + l.reason, kind: 'left-out' })));
      Sitrep.clear(container).append(
        el('p', {}, el('a', { href: '#/' }, '← back to the map')),
        el('h2', { id: 'report-title', 'data-id': r.id }, r.title || r.id),
        el('p', {}, [r.source, r.published, r.url].filter(Boolean).join(' · ')),
        Sitrep.highlighted(r.text, spans),
        el('h3', {}, r.events.length + ' event(s)'),
        el('ul', {}, r.events.map(e => el('li', {}, (e.sub_type_label || e.type_label || 'event') + ' at ' + (e.location ? e.location.name : 'unplaced') + ', '
          + (e.date && e.date.earliest ? Sitrep.dateText(e.date) : 'date unknown') + (e.fatalities ? ', ' + e.fatalities.best + ' killed' : '')))),
        el('h3', {}, leftOut.length + ' candidate act(s) not coded'),
        el('ul', { id: 'left-out' }, leftOut.map(l => el('li', {}, el('q', {}, l.text), ' (' + (l.sub_event_type || 'act') + '): ' + l.reason))));
      Sitrep.showFirstMark(container);
    } catch (e) {
      Sitrep.clear(container).appendChild(el('p', { class: 'error' }, 'Report ' + id + ': ' + e.message));
    }
  };
})();
