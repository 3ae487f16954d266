/*
 * The rangers' map: every sighting at its exact point, coloured by review status, gathered into clusters on a
 * screen grid so hundreds of camera-trap records stay readable. The points come from the staff view of the API.
 */
(function () {
  'use strict';

  var CLUSTER_PIXELS = 56;
  var PAGE_SIZE = 200;
  var MAX_PAGES = 25;

  var element = document.getElementById('ranger-map');
  if (!element) {
    return;
  }
  var base = RosetteMap.create(element, { scrollWheelZoom: true });
  var map = base.map;
  var layer = L.layerGroup().addTo(map);
  var labels = readLabels(document.getElementById('map-labels'));
  var summary = document.getElementById('point-summary');
  var statusFilter = document.getElementById('status');
  var points = [];

  function readLabels(list) {
    var result = { evidence: {}, status: {}, colour: {} };
    list.querySelectorAll('[data-evidence]').forEach(function (item) {
      result.evidence[item.dataset.evidence] = item.textContent;
    });
    document.querySelectorAll('.status-legend [data-status]').forEach(function (item) {
      result.status[item.dataset.status] = item.textContent.trim();
      result.colour[item.dataset.status] = getComputedStyle(item.querySelector('.swatch')).backgroundColor;
    });
    result.text = list.dataset;
    return result;
  }

  function when(instant) {
    var date = new Date(instant);
    try {
      return date.toLocaleString(document.documentElement.lang || undefined,
        { timeZone: element.dataset.zone, dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) {
      return date.toISOString();
    }
  }

  function line(parent, label, value) {
    var row = document.createElement('div');
    var strong = document.createElement('strong');
    strong.textContent = label + ': ';
    row.appendChild(strong);
    row.appendChild(document.createTextNode(value));
    parent.appendChild(row);
  }

  /** Built from DOM nodes, not HTML strings: names and notes are typed by people. */
  function describe(s) {
    var box = document.createElement('div');
    box.className = 'point-popup';
    line(box, labels.text.time, when(s.observedAt));
    line(box, labels.text.evidence, labels.evidence[s.evidence] || s.evidence);
    line(box, labels.text.leopard, s.leopardName || labels.text.unidentified);
    line(box, labels.text.status, labels.status[s.status] || s.status);
    line(box, labels.text.ranger, s.submittedBy);
    if (s.status === 'PENDING' && element.dataset.reviewUrl) {
      var link = document.createElement('a');
      link.href = element.dataset.reviewUrl + '#sighting-' + s.id;
      link.textContent = labels.text.review;
      box.appendChild(link);
    }
    return box;
  }

  function dot(s) {
    return L.circleMarker([s.latitude, s.longitude], {
      radius: 7, color: '#1d2a22', weight: 1.5, fillColor: labels.colour[s.status], fillOpacity: 0.95
    }).bindPopup(describe(s));
  }

  /** A cluster's badge: its count on a ring split by status, so pending work shows from afar. */
  function clusterIcon(group) {
    var counts = {};
    group.forEach(function (s) { counts[s.status] = (counts[s.status] || 0) + 1; });
    var stops = [];
    var from = 0;
    Object.keys(labels.colour).forEach(function (status) {
      if (counts[status]) {
        var to = from + counts[status] / group.length * 100;
        stops.push(labels.colour[status] + ' ' + from + '% ' + to + '%');
        from = to;
      }
    });
    var size = group.length < 10 ? 34 : group.length < 100 ? 42 : 50;
    return L.divIcon({
      className: 'point-cluster',
      html: '<span style="background: conic-gradient(' + stops.join(',') + ')"><b>' + group.length + '</b></span>',
      iconSize: [size, size]
    });
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom();
    var groups = {};
    points.forEach(function (s) {
      var pixel = map.project([s.latitude, s.longitude], zoom);
      var key = Math.floor(pixel.x / CLUSTER_PIXELS) + ':' + Math.floor(pixel.y / CLUSTER_PIXELS);
      (groups[key] = groups[key] || []).push(s);
    });
    Object.keys(groups).forEach(function (key) {
      var group = groups[key];
      if (group.length === 1) {
        layer.addLayer(dot(group[0]));
        return;
      }
      var bounds = L.latLngBounds(group.map(function (s) { return [s.latitude, s.longitude]; }));
      var marker = L.marker(bounds.getCenter(), { icon: clusterIcon(group), keyboard: true, title: String(group.length) });
      marker.on('click', function () {
        if (zoom >= map.getMaxZoom() - 1 || bounds.getNorthEast().equals(bounds.getSouthWest())) {
          var list = document.createElement('div');
          group.slice(0, 12).forEach(function (s) { list.appendChild(describe(s)); });
          marker.bindPopup(list).openPopup();
        } else {
          map.fitBounds(bounds, { padding: [30, 30] });
        }
      });
      layer.addLayer(marker);
    });
  }

  function load() {
    element.dataset.state = 'loading';
    var status = statusFilter.value;
    var collected = [];

    function page(n) {
      var params = new URLSearchParams({ page: n, size: PAGE_SIZE });
      if (status) {
        params.set('status', status);
      }
      return RosetteMap.getJson(element.dataset.api + '?' + params).then(function (answer) {
        collected = collected.concat(answer.items);
        if ((n + 1) * PAGE_SIZE < answer.total && n + 1 < MAX_PAGES) {
          return page(n + 1);
        }
        return collected;
      });
    }

    page(0).then(function (all) {
      points = all;
      draw();
      summary.textContent = RosetteMap.format(summary.dataset.template, [all.length]);
      element.dataset.points = all.length;
      element.dataset.state = 'loaded';
    }).catch(function () {
      summary.textContent = summary.dataset.failed;
      element.dataset.state = 'failed';
    });
    history.replaceState(null, '', location.pathname + (status ? '?status=' + status : ''));
  }

  map.on('zoomend', draw);
  statusFilter.addEventListener('change', load);
  statusFilter.form.addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });
  load();
})();
