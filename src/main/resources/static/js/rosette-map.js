/*
 * What every Rosette map shares: an offline basemap (land, sea and national borders from Natural Earth, served with
 * the application as /geo/basemap.geojson), the park, optional online tiles on top, and the public grid's shading.
 * Everything but the tiles is drawn from vectors, so maps read the same in a park office without internet.
 * Settings come from the map element's data attributes, never from hard-coded addresses.
 */
window.RosetteMap = (function () {
  'use strict';

  // Beside this script, whose name carries its content's fingerprint (rosette-map-<md5>.js) when served.
  var BASEMAP_URL = (document.currentScript && document.currentScript.src)
    ? document.currentScript.src.replace(/js\/rosette-map(-[0-9a-f]+)?\.js.*$/, 'geo/basemap.geojson')
    : '/geo/basemap.geojson';
  var ONLINE_KEY = 'rosette.onlineMap';
  var basemap = null;

  function number(text) {
    var value = parseFloat(text);
    return isFinite(value) ? value : null;
  }

  /** The basemap is fetched once per page however many maps it holds. */
  function loadBasemap() {
    if (!basemap) {
      basemap = fetch(BASEMAP_URL, { headers: { Accept: 'application/geo+json, application/json' } })
        .then(function (r) {
          if (!r.ok) {
            throw new Error('HTTP ' + r.status);
          }
          return r.json();
        });
    }
    return basemap;
  }

  function basemapStyle(feature) {
    return feature.properties.kind === 'land'
      ? { stroke: true, color: '#9bb08f', weight: 1, fillColor: '#eef1e2', fillOpacity: 1 }
      : { color: '#7a6a86', weight: 1.6, dashArray: '6 3 1 3', fill: false };
  }

  function remembered() {
    try {
      return window.localStorage.getItem(ONLINE_KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  function remember(on) {
    try {
      window.localStorage.setItem(ONLINE_KEY, on ? 'on' : 'off');
    } catch (e) {
      // private windows may refuse storage: the choice then lasts for the page
    }
  }

  /** Online tiles as a layer the user may switch on; they sit above the basemap and below the park and the grid. */
  function onlineTiles(map, element) {
    var data = element.dataset;
    if (!data.tileUrl) {
      return;
    }
    var tiles = L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 18 });
    var label = document.body.dataset.onlineMap || 'Online map';
    var overlays = {};
    overlays[label] = tiles;
    // On a narrow map the switch folds into Leaflet's layers button, so it does not cover the park.
    L.control.layers(null, overlays, { collapsed: element.clientWidth < 560, position: 'bottomleft' }).addTo(map);
    if (remembered()) {
      tiles.addTo(map);
    }
    map.on('overlayadd', function (event) {
      if (event.layer === tiles) {
        remember(true);
      }
    });
    map.on('overlayremove', function (event) {
      if (event.layer === tiles) {
        remember(false);
      }
    });
  }

  /** A map on the element, fitted to the park, with the basemap, the park and optional online tiles. */
  function create(element, options) {
    var data = element.dataset;
    var park = L.latLngBounds([number(data.minLat), number(data.minLon)], [number(data.maxLat), number(data.maxLon)]);
    var map = L.map(element, Object.assign({ scrollWheelZoom: false, zoomSnap: 0.1 }, options || {}));
    element.classList.add('rosette-map');
    map.createPane('basemap').style.zIndex = 150;
    map.createPane('park').style.zIndex = 160;
    map.attributionControl.addAttribution('Natural Earth');

    function fit() {
      map.fitBounds(park, { padding: [14, 14], animate: false });
    }
    fit();
    // A phone turned sideways or a column that settles late: the park must still fit, not be cut at the sides.
    var width = element.clientWidth;
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        if (element.clientWidth !== width && element.clientWidth > 0) {
          width = element.clientWidth;
          map.invalidateSize(false);
          if (!element.dataset.moved) {
            fit();
          }
        }
      }).observe(element);
    }
    map.on('dragstart', function () {
      element.dataset.moved = 'yes';
    });

    L.rectangle(park, { pane: 'park', stroke: false, fillColor: '#c9dcb9', fillOpacity: 0.55, interactive: false })
      .addTo(map);
    L.rectangle(park, { color: '#8a5a12', weight: 2, dashArray: '6 4', fill: false, interactive: false }).addTo(map);
    loadBasemap().then(function (geo) {
      L.geoJSON(geo, { pane: 'basemap', interactive: false, style: basemapStyle }).addTo(map);
      element.dataset.basemap = 'loaded';
    }).catch(function () {
      element.dataset.basemap = 'failed';
    });
    onlineTiles(map, element);
    return { map: map, park: park, fit: fit };
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    });
  }

  /**
   * "{0} of {1}" with the arguments filled in: the page's messages carry such placeholders. Numbers are written the
   * page's language's way (991,795; 991 795 in Russian).
   */
  function format(template, args) {
    var language = document.documentElement.lang || undefined;
    return String(template || '').replace(/\{(\d+)\}/g, function (all, i) {
      var arg = args[i];
      if (typeof arg === 'number') {
        return arg.toLocaleString(language);
      }
      return arg !== undefined ? arg : all;
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

  /**
   * The public grid's squares, each a precisionDegrees-wide box around the cell centre the API gives, cut to the park
   * where it overlaps it, and filled opaque so the colour is exactly the legend's.
   */
  function drawCells(layer, cells, classes, describe, park) {
    layer.clearLayers();
    cells.forEach(function (cell) {
      var half = cell.precisionDegrees / 2;
      var south = cell.latitude - half;
      var west = cell.longitude - half;
      var north = cell.latitude + half;
      var east = cell.longitude + half;
      if (park && park.intersects(L.latLngBounds([south, west], [north, east]))) {
        south = Math.max(south, park.getSouth());
        west = Math.max(west, park.getWest());
        north = Math.min(north, park.getNorth());
        east = Math.min(east, park.getEast());
      }
      var box = L.rectangle([[south, west], [north, east]], {
        color: '#3d2104', weight: 1, opacity: 0.6, fillColor: shadeOf(cell.count, classes), fillOpacity: 1
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
