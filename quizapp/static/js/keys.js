/* Keyboard shortcuts for quiz and review pages (progressive enhancement: every page works without this).
   An element with data-key="1".."4" is clicked when that key is pressed; data-key="space" on a <details>
   toggles it; data-key="Enter" on a link follows it. Keys typed into a text field are left alone.
   A form is submitted only once: later submits (double clicks) are ignored. */
(function () {
  "use strict";

  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  }

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var key = event.key === " " ? "space" : event.key;
    if (key === "space") {
      var details = document.querySelector('details[data-key="space"]');
      if (details && !details.open) {
        event.preventDefault();
        details.open = true;
        var first = details.querySelector("[data-focus-on-reveal]") || details.querySelector('button, a, input:not([type="hidden"])');
        if (first) { first.focus(); }
        return;
      }
    }
    if (key === "Enter" && event.target && event.target !== document.body) { return; }
    var candidates = document.querySelectorAll('[data-key="' + key + '"]');
    for (var i = 0; i < candidates.length; i += 1) {
      var el = candidates[i];
      if (visible(el) && !el.disabled) {
        event.preventDefault();
        el.click();
        return;
      }
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted === "yes") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "yes";
  });
}());
