/* Waypoint: a live count beside every field with a limit (data-limit). The count never stops the
   typing or cuts a paste: the server refuses what is over the limit, with a message next to the
   field, and the text stays in the box. A line break counts as two, as the browser sends it. */
(function () {
  "use strict";
  function sent(value) {
    return value.replace(/\r?\n/g, "\r\n").length;
  }
  function counterFor(field) {
    var id = field.id + "_count";
    var counter = document.getElementById(id);
    if (!counter) {
      counter = document.createElement("span");
      counter.id = id;
      counter.className = "char-count";
      counter.setAttribute("aria-live", "polite");
      field.insertAdjacentElement("afterend", counter);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", described ? described + " " + id : id);
    }
    return counter;
  }
  function update(field) {
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    if (!limit) {
      return;
    }
    var used = sent(field.value);
    var counter = counterFor(field);
    var template = document.body.getAttribute("data-count-text") || "{0} / {1}";
    counter.textContent = template.replace("{0}", used).replace("{1}", limit);
    counter.classList.toggle("over", used > limit);
  }
  function all() {
    var fields = document.querySelectorAll("[data-limit]");
    for (var i = 0; i < fields.length; i++) {
      update(fields[i]);
    }
  }
  document.addEventListener("input", function (e) {
    if (e.target && e.target.hasAttribute && e.target.hasAttribute("data-limit")) {
      update(e.target);
    }
  });
  document.addEventListener("DOMContentLoaded", all);
  // fields re-rendered by Ajax get their count again
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", all);
  }
  window.Waypoint = window.Waypoint || {};
  window.Waypoint.updateCounts = all;
})();
