/*
 * The staff population page's chart: one headline estimate per year with its 95 % interval, beside the number of
 * individuals actually seen. The figures come from the canvas's data attributes (no inline script).
 */
(function () {
  'use strict';

  var canvas = document.getElementById('population-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return canvas.dataset[name].split(',').map(function (v) { return v === '' ? null : parseFloat(v); });
  }
  var years = canvas.dataset.years.split(',');
  var estimates = numbers('estimates');
  var lowers = numbers('lowers');
  var uppers = numbers('uppers');
  var seen = numbers('seen');
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  new Chart(canvas, {
    type: 'line',
    data: {
      labels: years,
      datasets: [
        { label: canvas.dataset.labelInterval, data: uppers, borderColor: 'rgba(224,160,48,0.6)',
          backgroundColor: 'rgba(224,160,48,0.18)', pointRadius: 0, fill: '+1', order: 3 },
        { label: canvas.dataset.labelInterval, data: lowers, borderColor: 'rgba(224,160,48,0.6)',
          pointRadius: 0, fill: false, order: 3 },
        { label: canvas.dataset.labelEstimate, data: estimates, borderColor: '#1f3d2b', backgroundColor: '#1f3d2b',
          borderWidth: 3, order: 1 },
        { label: canvas.dataset.labelSeen, data: seen, borderColor: '#6c757d', backgroundColor: '#6c757d',
          borderDash: [6, 4], order: 2 }
      ]
    },
    options: {
      animation: reduced ? false : undefined,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true } },
      plugins: {
        legend: {
          labels: {
            // the interval is drawn by two lines; name it once
            filter: function (item) { return item.datasetIndex !== 1; }
          }
        }
      }
    }
  });
})();
