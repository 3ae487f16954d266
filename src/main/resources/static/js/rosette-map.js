/*
 * What every Rosette map shares: tiles from the configured server, the park's outline, and the public grid's
 * shading. Outline and squares are vector layers, so they draw even where no tile can be fetched (offline rangers,
 * test machines). Settings come from the map element's data attributes, never from hard-coded addresses.
 */
window.RosetteMap = (function () {
  'use strict';

  function number(text) {
    var value = parseFloat(text);
    return isFinite(value) ? value : null;
  }

  /** A map on the element, fitted to the park, with tiles and the park's outline. */
  function create(element, options) {
    var data = element.dataset;
    var park = L.latLngBounds([number(data.minLat), number(data.minLon)], [number(data.maxLat), number(data.maxLon)]);
    var map = L.map(element, Object.assign({ scrollWheelZoom: false, zoomSnap: 0.25 }, options || {}));
    map.fitBounds(park, { padding: [8, 8] });
    if (data.tileUrl) {
      L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 18 }).addTo(map);
    }
    L.rectangle(park, { color: '#b97c12', weight: 2, dashArray: '6 4', fill: false, interactive: false }).addTo(map);
    return { map: map, park: park };
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    });
  }

  /** "{0} of {1}" with the arguments filled in: the page's messages carry such placeholders. */
  function format(template, args) {
    return String(template || '').replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] !== undefined ? args[i] : all;
    });
  }

  /**
   * The shading classes, read from the legend so the page holds the only copy: each swatch says from which count it
   * starts (data-min) and shows its colour.
   */
  function shades(legend) {
    return Array.prototype.map.call(legend.querySelectorAll('[data-min]'), function (item) {
      var swatch = item.querySelector('.swatch') || item;
      return { min: parseInt(item.dataset.min, 10), colour: getComputedStyle(swatch).backgroundColor };
    }).sort(function (a, b) { return a.min - b.min; });
  }

  function shadeOf(count, classes) {
    var colour = classes.length ? classes[0].colour : '#e0a030';
    classes.forEach(function (c) {
      if (count >= c.min) {
        colour = c.colour;
      }
    });
    return colour;
  }

  /** The public grid's squares, each a precisionDegrees-wide box around the cell centre the API gives. */
  function drawCells(layer, cells, classes, describe) {
    layer.clearLayers();
    cells.forEach(function (cell) {
      var half = cell.precisionDegrees / 2;
      var box = L.rectangle([[cell.latitude - half, cell.longitude - half], [cell.latitude + half, cell.longitude + half]], {
        color: '#5e3206', weight: 1, fillColor: shadeOf(cell.count, classes), fillOpacity: 0.7
      });
      box.bindTooltip(describe(cell));
      layer.addLayer(box);
    });
  }

  function degrees(value) {
    return (Math.round(value * 100) / 100).toFixed(1);
  }

  return { create: create, getJson: getJson, format: format, shades: shades, drawCells: drawCells, degrees: degrees };
})();
