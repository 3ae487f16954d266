/*
 * The place picker of the report forms: clicking the map fills the latitude and longitude fields, typing in them
 * moves the marker. The basemap and the park are drawn by RosetteMap, so they show where no tile can be fetched.
 */
(function () {
  'use strict';

  function parse(text) {
    var value = parseFloat(String(text).trim().replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function setUp(element) {
    var form = element.closest('form');
    var latitude = form.querySelector('[name="latitude"]');
    var longitude = form.querySelector('[name="longitude"]');
    var base = RosetteMap.create(element);
    var map = base.map;
    var park = base.park;
    var marker = null;

    function show(point, follow) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.circleMarker(point, { radius: 9, color: '#1f3d2b', weight: 3, fillColor: '#e0a030', fillOpacity: 1 })
          .addTo(map);
      }
      if (follow && !map.getBounds().contains(point)) {
        // Keep the park in view too: a point outside it is only meaningful next to it.
        var both = L.latLngBounds(park.getSouthWest(), park.getNorthEast()).extend(point);
        map.fitBounds(both, { padding: [24, 24], animate: false });
      }
    }

    function fromFields() {
      var lat = parse(latitude.value);
      var lon = parse(longitude.value);
      if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        if (marker) {
          map.removeLayer(marker);
          marker = null;
        }
        return;
      }
      show(L.latLng(lat, lon), true);
    }

    map.on('click', function (event) {
      latitude.value = event.latlng.lat.toFixed(5);
      longitude.value = L.Util.wrapNum(event.latlng.lng, [-180, 180], true).toFixed(5);
      show(event.latlng, false);
      // The same event typing makes: the page's field checks clear the errors these values answer.
      [latitude, longitude].forEach(function (field) {
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
    latitude.addEventListener('input', fromFields);
    longitude.addEventListener('input', fromFields);
    fromFields();
    element.mapPicker = map;
  }

  document.querySelectorAll('#map-picker').forEach(setUp);
})();

/* A search box above a long select: only the options whose text holds what was typed stay in the list. */
(function () {
  'use strict';

  document.querySelectorAll('input[data-filters]').forEach(function (box) {
    var select = document.getElementById(box.dataset.filters);
    var all = Array.prototype.slice.call(select.options);
    box.addEventListener('input', function () {
      var wanted = box.value.trim().toLocaleLowerCase();
      var selected = select.value;
      select.replaceChildren.apply(select, all.filter(function (option) {
        return option.value === '' || option.value === selected || option.text.toLocaleLowerCase().indexOf(wanted) >= 0;
      }));
      select.value = selected;
      var matches = select.options.length - 1;
      if (wanted && matches === 1 && select.options[1].value !== selected) {
        select.value = select.options[1].value;
      }
    });
  });
})();
