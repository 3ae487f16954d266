/*
 * The public map: grid squares shaded by count. Filters refetch the squares without reloading; the form still works
 * without JavaScript. Only cell centres and counts ever reach this page, and they are public by design.
 */
(function () {
  'use strict';

  document.querySelectorAll('.cell-map').forEach(function (element) {
    var base = RosetteMap.create(element);
    var layer = L.featureGroup().addTo(base.map);
    var legend = document.getElementById(element.dataset.legend);
    var classes = RosetteMap.shades(legend);
    var summary = document.getElementById(element.dataset.summary);
    var list = document.getElementById(element.dataset.list);
    var form = element.dataset.form ? document.getElementById(element.dataset.form) : null;

    function describe(cell) {
      return RosetteMap.format(element.dataset.cellText,
        [RosetteMap.degrees(cell.latitude), RosetteMap.degrees(cell.longitude), cell.count]);
    }

    function query() {
      var params = new URLSearchParams();
      if (element.dataset.leopardId) {
        params.set('leopardId', element.dataset.leopardId);
      }
      if (form) {
        new FormData(form).forEach(function (value, key) {
          if (value) {
            params.set(key, value);
          }
        });
      }
      return params;
    }

    function show(cells) {
      RosetteMap.drawCells(layer, cells, classes, describe, base.park);
      var total = cells.reduce(function (sum, c) { return sum + c.count; }, 0);
      if (summary) {
        summary.textContent = cells.length
          ? RosetteMap.format(summary.dataset.template, [total, cells.length])
          : summary.dataset.empty;
      }
      if (list) {
        list.textContent = '';
        cells.forEach(function (cell) {
          var item = document.createElement('li');
          item.dataset.cell = cell.latitude + ',' + cell.longitude;
          item.dataset.count = cell.count;
          item.textContent = describe(cell);
          list.appendChild(item);
        });
      }
      if (cells.length && element.dataset.fit === 'cells') {
        base.map.fitBounds(layer.getBounds().extend(base.park), { padding: [8, 8] });
      }
      element.dataset.cells = cells.length;
      element.dataset.sightings = total;
      element.dataset.state = 'loaded';
    }

    function load() {
      element.dataset.state = 'loading';
      var params = query();
      RosetteMap.getJson(element.dataset.cellsUrl + (params.toString() ? '?' + params : ''))
        .then(show)
        .catch(function () {
          element.dataset.state = 'failed';
          if (summary) {
            summary.textContent = summary.dataset.failed;
          }
        });
      if (form) {
        history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
      }
    }

    if (form) {
      form.addEventListener('change', load);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        load();
      });
    }
    load();
  });
})();
