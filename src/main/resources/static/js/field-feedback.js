/*
 * A field marked wrong by the server stops being marked wrong as soon as what it holds could be right: the red border
 * and the message beside it go, and come back only with the next answer from the server. The server stays the judge;
 * this only stops a fixed field from still looking broken. Works for typing, choosing, and for values filled in by
 * scripts that send an input event (the map picker does).
 */
(function () {
  'use strict';

  function filled(field) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked;
    }
    if (field.type === 'file') {
      return field.files && field.files.length > 0;
    }
    return String(field.value).trim() !== '';
  }

  /** data-range="-90 90": a number within those bounds (a decimal comma is accepted, as the server does). */
  function inRange(field) {
    var range = field.dataset.range;
    if (!range) {
      return true;
    }
    var bounds = range.split(' ').map(parseFloat);
    var value = Number(String(field.value).trim().replace(',', '.'));
    return isFinite(value) && value >= bounds[0] && value <= bounds[1];
  }

  function feedbackOf(field) {
    var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    var found = ids.map(function (id) { return document.getElementById(id); })
      .filter(function (el) { return el && el.classList.contains('invalid-feedback'); });
    var holder = field.closest('.mb-3, .col-6, .col, fieldset, div');
    if (holder) {
      holder.querySelectorAll('.invalid-feedback').forEach(function (el) {
        if (found.indexOf(el) < 0 && (!el.id || el.id.indexOf(field.name) === 0 || el.id.indexOf(field.id) === 0)) {
          found.push(el);
        }
      });
    }
    return found;
  }

  function recheck(event) {
    var field = event.target;
    if (!field.classList || !field.classList.contains('is-invalid')) {
      return;
    }
    if (filled(field) && field.checkValidity() && inRange(field)) {
      field.classList.remove('is-invalid');
      field.removeAttribute('aria-invalid');
      feedbackOf(field).forEach(function (el) {
        el.classList.add('resolved');
      });
    }
  }

  document.addEventListener('input', recheck);
  document.addEventListener('change', recheck);
})();
