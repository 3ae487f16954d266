// Forms that ask before they act: <form data-confirm="Question?">. Kept here, not in an inline
// onsubmit handler, because the Content-Security-Policy allows scripts from the site's files only.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
