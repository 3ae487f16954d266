/*
 * The review queue: a small map of each exact point, a leopard list that narrows as the reviewer types, and the
 * candidate's portrait following the chosen individual so coats can be compared side by side.
 */
(function () {
  'use strict';

  document.querySelectorAll('.review-map').forEach(function (element) {
    var base = RosetteMap.create(element, { zoomControl: true });
    var point = L.latLng(parseFloat(element.dataset.lat), parseFloat(element.dataset.lon));
    L.circleMarker(point, { radius: 8, color: '#1f3d2b', weight: 3, fillColor: '#e0a030', fillOpacity: 1 })
      .addTo(base.map);
    // No animation: a zoom in flight would leave the marker drawn at the wrong scale for a moment.
    base.map.setView(point, 11, { animate: false });
  });

  document.querySelectorAll('.leopard-filter').forEach(function (filter) {
    var select = document.getElementById(filter.dataset.select);
    var all = Array.prototype.slice.call(select.options);
    filter.addEventListener('input', function () {
      var words = filter.value.trim().toLowerCase();
      var chosen = select.value;
      select.textContent = '';
      all.forEach(function (option) {
        if (!option.value || option.value === chosen || option.text.toLowerCase().indexOf(words) >= 0) {
          select.appendChild(option);
        }
      });
      select.value = chosen;
    });
  });

  document.querySelectorAll('.leopard-select').forEach(function (select) {
    var card = select.closest('.review-card');
    var figure = card.querySelector('.candidate');
    if (!figure) {
      // no coat to compare for tracks, scat and the like
      return;
    }
    var portrait = figure.querySelector('.candidate-portrait');
    var caption = figure.querySelector('.candidate-name');
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      if (!select.value) {
        portrait.hidden = true;
        caption.textContent = caption.dataset.none || '';
        return;
      }
      portrait.src = figure.dataset.portraitBase + select.value + '/portrait.svg';
      portrait.alt = option.text;
      portrait.hidden = false;
      caption.textContent = option.text;
    });
  });
})();
