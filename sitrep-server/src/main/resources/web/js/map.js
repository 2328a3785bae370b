// The map (Leaflet over bundled Natural Earth country shapes, no tile server) and the timeline brush.
'use strict';

Sitrep.TYPE_CLASS = {
  BATTLES: 't-battles', EXPLOSIONS_REMOTE_VIOLENCE: 't-explosions', VIOLENCE_AGAINST_CIVILIANS: 't-civilians',
  PROTESTS: 't-protests', RIOTS: 't-riots', STRATEGIC_DEVELOPMENTS: 't-strategic'
};

Sitrep.MapView = class {
  constructor(element, onOpen) {
    this.onOpen = onOpen;
    this.map = L.map(element, { attributionControl: false, worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([30, 30], 3);
    this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 9, showCoverageOnHover: false });
    this.map.addLayer(this.cluster);
    this.fitted = false;
  }

  async loadCountries() {
    const topo = await Sitrep.api('/vendor/world-atlas/countries-50m.json');
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { style: { color: '#8c8577', weight: 0.6, fillColor: '#efeadf', fillOpacity: 1 }, interactive: false })
      .addTo(this.map).bringToBack();
  }

  // Markers sized by the conservative toll, coloured by type; each opens its incident page.
  show(incidents) {
    this.cluster.clearLayers();
    const points = [];
    for (const i of incidents) {
      if (!i.place || i.place.lat === null || i.place.lon === null) continue;
      const killed = (i.fatalities && i.fatalities.best) || 0;
      const size = Math.round(Math.min(44, 12 + 5 * Math.sqrt(killed)));
      const icon = L.divIcon({ className: 'incident-marker ' + (Sitrep.TYPE_CLASS[i.type] || 't-other'), iconSize: [size, size] });
      const title = i.place.name + ' — ' + (i.sub_type_label || i.type_label || 'event') + ', ' + Sitrep.dateText(i.date) + ', ' + killed + ' killed';
      const marker = L.marker([i.place.lat, i.place.lon], { icon: icon, title: title, alt: title, keyboard: true });
      marker.on('click', () => this.onOpen(i.id));
      points.push([i.place.lat, i.place.lon]);
      this.cluster.addLayer(marker);
    }
    if (points.length && !this.fitted) {
      this.map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 10 });
      this.fitted = true;
    }
  }

  refresh() {
    this.map.invalidateSize();
  }
};

// Incidents per day as bars; dragging across days selects a range and calls onSelect(from, to).
Sitrep.Timeline = class {
  constructor(svg, onSelect) {
    this.svg = svg;
    this.onSelect = onSelect;
    this.days = [];
    svg.addEventListener('pointerdown', e => this.start(e));
    svg.addEventListener('pointermove', e => this.move(e));
    svg.addEventListener('pointerup', e => this.end(e));
  }

  draw(incidents, from, to) {
    const ns = 'http://www.w3.org/2000/svg';
    Sitrep.clear(this.svg);
    const dated = incidents.filter(i => i.date);
    if (!dated.length) return;
    const first = dated.map(i => i.date.earliest).sort()[0];
    const last = dated.map(i => i.date.latest).sort().slice(-1)[0];
    this.days = [];
    for (let d = new Date(first + 'T00:00:00Z'); d <= new Date(last + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      this.days.push(d.toISOString().slice(0, 10));
      if (this.days.length > 3660) break;
    }
    const counts = this.days.map(day => dated.filter(i => i.date.earliest <= day && day <= i.date.latest).length);
    const width = this.svg.clientWidth || 600;
    const height = 70;
    this.svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const max = Math.max(1, ...counts);
    const step = width / this.days.length;
    this.step = step;
    this.days.forEach((day, n) => {
      const h = Math.max(1, (height - 16) * counts[n] / max);
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', n * step + 1);
      bar.setAttribute('y', height - 14 - h);
      bar.setAttribute('width', Math.max(1, step - 2));
      bar.setAttribute('height', h);
      bar.setAttribute('class', (from && day < from) || (to && day > to) ? 'bar out' : 'bar');
      const tip = document.createElementNS(ns, 'title');
      tip.textContent = day + ': ' + counts[n] + ' incident(s)';
      bar.appendChild(tip);
      this.svg.appendChild(bar);
    });
    for (const [n, anchor] of [[0, 'start'], [this.days.length - 1, 'end']]) {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', anchor === 'start' ? 2 : width - 2);
      label.setAttribute('y', height - 2);
      label.setAttribute('text-anchor', anchor);
      label.textContent = this.days[n];
      this.svg.appendChild(label);
    }
  }

  dayAt(e) {
    const box = this.svg.getBoundingClientRect();
    const n = Math.floor((e.clientX - box.left) / (box.width / Math.max(1, this.days.length)));
    return this.days[Math.max(0, Math.min(this.days.length - 1, n))];
  }

  start(e) {
    if (!this.days.length) return;
    this.anchor = this.dayAt(e);
    this.svg.setPointerCapture(e.pointerId);
  }

  move(e) {
    if (!this.anchor) return;
    const d = this.dayAt(e);
    document.getElementById('brush-range').textContent = (d < this.anchor ? d + ' – ' + this.anchor : this.anchor + ' – ' + d);
  }

  end(e) {
    if (!this.anchor) return;
    const d = this.dayAt(e);
    const from = d < this.anchor ? d : this.anchor;
    const to = d < this.anchor ? this.anchor : d;
    this.anchor = null;
    this.onSelect(from, to);
  }
};
