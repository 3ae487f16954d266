// Polls the running import twice a second and moves the bar; all words come from the page (data-* attributes).
(function () {
  const section = document.querySelector('.import-progress');
  if (!section) return;
  const bar = section.querySelector('.progress-bar');
  const progress = section.querySelector('.progress');
  const state = section.querySelector('.import-state');
  const list = section.querySelector('.import-problems');
  const more = section.querySelector('.import-more');

  function show(job) {
    bar.style.width = job.percent + '%';
    bar.textContent = job.percent + '%';
    progress.setAttribute('aria-valuenow', job.percent);
    section.querySelectorAll('[data-count]').forEach(function (dd) {
      dd.textContent = job[dd.dataset.count];
    });
    state.textContent = job.state === 'DONE' ? state.dataset.done
      : job.state === 'FAILED' ? state.dataset.failed : state.dataset.running;
    list.replaceChildren.apply(list, job.problems.map(function (text) {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }));
    if (job.problemsNotShown > 0) {
      more.textContent = more.dataset.text.replace('{0}', job.problemsNotShown);
      more.classList.remove('d-none');
    }
    if (job.over) {
      section.classList.add(job.state === 'DONE' ? 'import-done' : 'import-failed');
      bar.classList.add(job.state === 'DONE' ? 'bg-success' : 'bg-danger');
    }
  }

  function poll() {
    fetch(section.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (job) {
        show(job);
        if (!job.over) setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }

  poll();
}());
