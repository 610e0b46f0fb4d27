/* Every page: ask before a destructive form is sent (form[data-confirm]), and fill a hidden time_zone
   field with the browser's IANA zone (register and log in), so forecasts count the student's days. */
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
}());
