/* Every page: ask before a destructive form is sent (form[data-confirm]), fill a hidden time_zone
   field with the browser's IANA zone (register and log in), so forecasts count the student's days, and
   suggest an upload's title from the chosen file's name (input[data-title-from]) while the title is untouched. */
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form && form.getAttribute && form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  var fields = document.querySelectorAll('input[type="hidden"][name="time_zone"]');
  for (var i = 0; i < fields.length; i += 1) {
    if (!fields[i].value) { fields[i].value = zone; }
  }

  var titled = document.querySelectorAll("input[data-title-from]");
  for (var j = 0; j < titled.length; j += 1) {
    (function (title) {
      var file = document.getElementById(title.getAttribute("data-title-from"));
      var suggested = "";
      if (!file) { return; }
      file.addEventListener("change", function () {
        var name = file.files && file.files[0] ? file.files[0].name : "";
        var stem = name.replace(/\.[^.]*$/, "").replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
        if (stem && (!title.value || title.value === suggested)) {
          suggested = stem.charAt(0).toUpperCase() + stem.slice(1);
          title.value = suggested;
        }
      });
    }(titled[j]));
  }
}());
