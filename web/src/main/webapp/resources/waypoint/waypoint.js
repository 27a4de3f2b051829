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

/* Waypoint: leaving a page after a save.
   - A save answers with a redirect to the next page. Requests the old page still had waiting (an
     autosave a moment behind the typing) are dropped then: the save sent every field, and the page
     they belong to is going away.
   - The next page's address names the message it shows ("done", see RedirectMessages); once
     shown, the name is taken out of the address bar, so a bookmark or a reload carries no stale
     token. */
(function () {
  "use strict";
  var PF = window.PrimeFaces;
  if (PF && PF.ajax && PF.ajax.ResponseProcessor && PF.ajax.Queue) {
    var redirect = PF.ajax.ResponseProcessor.doRedirect;
    PF.ajax.ResponseProcessor.doRedirect = function (node) {
      var queue = PF.ajax.Queue;
      Object.keys(queue.delays).forEach(function (source) {
        clearTimeout(queue.delays[source].timeout);
        delete queue.delays[source];
      });
      // the request being answered stays first: the queue takes it off when it completes
      queue.requests.splice(1);
      return redirect.apply(this, arguments);
    };
  }
  if (window.URLSearchParams && window.history && window.history.replaceState) {
    var params = new URLSearchParams(window.location.search);
    if (params.has("done")) {
      params.delete("done");
      var query = params.toString();
      window.history.replaceState(
        window.history.state,
        "",
        window.location.pathname + (query ? "?" + query : "") + window.location.hash
      );
    }
  }
})();

/* Waypoint: after "Add an entry" on the safety-plan editor, the new entry's first box takes the
   cursor (the button's oncomplete calls Waypoint.focusLast with the part's index). */
(function () {
  "use strict";
  window.Waypoint = window.Waypoint || {};
  window.Waypoint.focusLast = function (part) {
    var boxes = document.querySelectorAll(
      '[id^="planForm:parts:' + part + ':entries:"][id$=":text"]'
    );
    if (boxes.length) {
      boxes[boxes.length - 1].focus();
    }
  };
})();
