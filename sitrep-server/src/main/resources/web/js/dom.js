// DOM and API helpers. Every piece of text from the server (article text, names, notes) goes in
// through text nodes, never through innerHTML, so markup in a report is shown and never parsed.
'use strict';
const Sitrep = {};

Sitrep.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'onclick') node.addEventListener('click', v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
};

Sitrep.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

Sitrep.api = async function (path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error : ('HTTP ' + response.status);
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
};

Sitrep.dateText = function (d) {
  if (!d) return 'date unknown';
  return d.earliest === d.latest ? d.earliest : d.earliest + ' – ' + d.latest;
};

// Short form for the list: 2017-11-07–11 within a month, 2017-11-30–12-02 across months.
Sitrep.shortDate = function (d) {
  if (!d) return '?';
  if (d.earliest === d.latest) return d.earliest;
  const sameMonth = d.earliest.slice(0, 7) === d.latest.slice(0, 7);
  return d.earliest + '–' + (sameMonth ? d.latest.slice(8) : d.latest.slice(5));
};

Sitrep.incidentHref = function (id) {
  return '#/incident/' + encodeURIComponent(id);
};

Sitrep.reportHref = function (id) {
  return '#/report/' + encodeURIComponent(id);
};

// Report text with the given spans wrapped in <mark>; spans are [start, end) offsets into the text.
Sitrep.highlighted = function (text, spans) {
  const container = Sitrep.el('div', { class: 'report-text' });
  const sorted = spans.filter(s => s && s.end > s.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    container.appendChild(document.createTextNode(text.slice(at, s.start)));
    container.appendChild(Sitrep.el('mark', s.kind ? { title: s.label || '', class: s.kind } : { title: s.label || '' }, text.slice(s.start, s.end)));
    at = s.end;
  }
  container.appendChild(document.createTextNode(text.slice(at)));
  return container;
};

// Scrolls each report text box (not the page) to its first highlighted evidence sentence.
Sitrep.showFirstMark = function (container) {
  for (const box of container.querySelectorAll('.report-text')) {
    const mark = box.querySelector('mark:not(.left-out)') || box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40);
  }
};
