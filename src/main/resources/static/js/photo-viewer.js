/*
 * Evidence photos open full size in a dialog on the same page, by mouse or keyboard (the thumbnails are links, so
 * Enter opens them; Escape or the close button closes the dialog and focus returns to the thumbnail). Without
 * JavaScript, or without <dialog>, the link simply opens the photo.
 */
(function () {
  'use strict';

  document.querySelectorAll('a[data-viewer]').forEach(function (link) {
    var dialog = document.getElementById(link.dataset.viewer);
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var image = dialog.querySelector('.photo-viewer-image');
    link.addEventListener('click', function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      var thumbnail = link.querySelector('img');
      image.src = link.href;
      image.alt = thumbnail ? thumbnail.alt : '';
      dialog.returnTo = link;
      dialog.showModal();
    });
  });

  document.querySelectorAll('dialog.photo-viewer').forEach(function (dialog) {
    dialog.addEventListener('close', function () {
      if (dialog.returnTo) {
        dialog.returnTo.focus();
      }
    });
    // A click on the dimmed backdrop (the dialog itself, outside its content) closes it too.
    dialog.addEventListener('click', function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });
  });
})();
