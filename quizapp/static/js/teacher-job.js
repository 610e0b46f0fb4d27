// Progress of a derivation job: poll its status and update the bar; go on once it has finished.
// Without JavaScript the page's meta refresh does the same, more slowly.
(function () {
  "use strict";
  var box = document.getElementById("derive-job");
  if (!box || !box.dataset.statusUrl) { return; }
  var bar = document.getElementById("derive-progress");
  var state = document.getElementById("derive-state");
  if (!bar || !state) { return; }

  function poll() {
    fetch(box.dataset.statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        if (job.next) { window.location.assign(job.next); return; }
        bar.value = job.percent;
        bar.textContent = job.percent + "%";
        if (job.total) {
          state.textContent = "Working: " + job.done + " of " + job.total + " parts of the text read (" + job.percent + "%).";
        } else if (job.state === "queued") {
          state.textContent = "Waiting for a free worker…";
        }
        window.setTimeout(poll, 700);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 500);
})();
