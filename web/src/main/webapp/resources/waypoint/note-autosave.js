/* Waypoint: a session-note draft loses nothing.
   - Each field saves itself a moment after typing stops (PrimeFaces Ajax, in note.xhtml).
   - Until a save is confirmed, the fields' values are kept in this browser (localStorage, by note
     id). When the page is hidden or closed they are sent with navigator.sendBeacon to
     /note-draft/{id}; while the connection is lost they stay here, the page says so, and they are
     sent when it comes back. On opening the note, a kept copy that differs from the saved draft is
     offered to restore.
   - Every save counts as activity for the page's idle timers, so writing never signs anyone out.
   The beacon's format (NoteDraftFields): version, token, and each field by the name in its
   data-note-field attribute; dates yyyy-MM-dd, times HH:mm, interventions repeated. */
(function () {
  "use strict";
  var editor = document.getElementById("noteEditor");
  if (!editor || !window.PrimeFaces) {
    return;
  }
  var FORM = "noteForm";
  var noteId = editor.getAttribute("data-note-id");
  var beaconUrl = editor.getAttribute("data-beacon-url");
  var key = "waypoint.note." + noteId;
  var local = document.getElementById("noteLocal");
  var offline = false;
  var changedSinceBeacon = true;

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function isoDate(d) {
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function form() {
    return document.getElementById(FORM);
  }
  function status() {
    return document.getElementById(FORM + ":draftStatus");
  }
  function say(text) {
    if (local) {
      local.textContent = text || "";
    }
  }

  /** The values of every field of the note, by the service's field name. */
  function collect() {
    var f = form();
    var values = {};
    if (!f) {
      return values;
    }
    var holders = f.querySelectorAll("[data-note-field]");
    for (var i = 0; i < holders.length; i++) {
      var h = holders[i];
      var name = h.getAttribute("data-note-field");
      var widgetName = h.getAttribute("data-widget");
      if (widgetName) {
        var w = PrimeFaces.widgets[widgetName];
        var d = w && w.getDate ? w.getDate() : null;
        values[name] = d instanceof Date && !isNaN(d) ? isoDate(d) : "";
      } else if (/^(INPUT|TEXTAREA|SELECT)$/.test(h.tagName)) {
        values[name] = h.value;
      } else {
        var boxes = h.querySelectorAll("input[type=radio], input[type=checkbox]");
        if (boxes.length) {
          var chosen = [];
          for (var j = 0; j < boxes.length; j++) {
            if (boxes[j].checked) {
              chosen.push(boxes[j].value);
            }
          }
          values[name] = name === "interventions" ? chosen : chosen[0] || "";
        } else {
          var select = h.querySelector("select");
          values[name] = select ? select.value : "";
        }
      }
    }
    return values;
  }

  /** Puts kept values back into the fields. */
  function apply(values) {
    var f = form();
    var holders = f.querySelectorAll("[data-note-field]");
    for (var i = 0; i < holders.length; i++) {
      var h = holders[i];
      var name = h.getAttribute("data-note-field");
      if (!(name in values)) {
        continue;
      }
      var value = values[name];
      var widgetName = h.getAttribute("data-widget");
      if (widgetName) {
        var w = PrimeFaces.widgets[widgetName];
        if (w && w.setDate) {
          var p = value ? value.split("-") : null;
          w.setDate(p ? new Date(+p[0], +p[1] - 1, +p[2]) : null);
        }
      } else if (/^(INPUT|TEXTAREA|SELECT)$/.test(h.tagName)) {
        h.value = value;
      } else {
        var boxes = h.querySelectorAll("input[type=radio], input[type=checkbox]");
        var wanted = Array.isArray(value) ? value : [value];
        for (var j = 0; j < boxes.length; j++) {
          boxes[j].checked = wanted.indexOf(boxes[j].value) >= 0;
        }
        var select = h.querySelector("select");
        if (!boxes.length && select) {
          select.value = value;
        }
      }
    }
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function kept() {
    try {
      var text = window.localStorage.getItem(key);
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  function keep() {
    var s = status();
    try {
      window.localStorage.setItem(
        key,
        JSON.stringify({
          at: Date.now(),
          version: s ? s.getAttribute("data-version") : "",
          values: collect()
        })
      );
    } catch (e) {
      // a full or disabled storage: the Ajax saves and the beacon still keep the draft
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // nothing kept
    }
  }

  function params(values) {
    var s = status();
    var body = new URLSearchParams();
    body.append("version", s ? s.getAttribute("data-version") : "");
    body.append("token", s ? s.getAttribute("data-token") : "");
    Object.keys(values).forEach(function (name) {
      var value = values[name];
      if (Array.isArray(value)) {
        value.forEach(function (v) {
          body.append(name, v);
        });
      } else {
        body.append(name, value == null ? "" : value);
      }
    });
    return body;
  }

  /** The page is being hidden or closed: send what is not confirmed saved. */
  function sendBeacon() {
    if (!kept() || !changedSinceBeacon || !navigator.sendBeacon) {
      return;
    }
    keep();
    changedSinceBeacon = !navigator.sendBeacon(beaconUrl, params(collect()));
  }

  /** The connection is back: send what was kept, then let the page catch up with it. */
  function sendKept() {
    var copy = kept();
    if (!copy) {
      return;
    }
    fetch(beaconUrl, {
      method: "POST",
      body: params(collect()),
      credentials: "same-origin",
      keepalive: true
    })
      .then(function (response) {
        if (response.status === 204) {
          forget();
          offline = false;
          say(editor.getAttribute("data-text-sent"));
        }
        // whatever the answer, the page's own save now sends every field and shows the outcome
        if (window.noteSaveAll) {
          window.noteSaveAll();
        }
      })
      .catch(function () {
        say(editor.getAttribute("data-text-offline"));
      });
  }

  function fieldChanged(e) {
    var t = e.target;
    if (t && t.closest && t.closest("#" + FORM) && t.type !== "password") {
      changedSinceBeacon = true;
      keep();
      if (!navigator.onLine) {
        offline = true;
        say(editor.getAttribute("data-text-offline"));
      }
    }
  }

  document.addEventListener("input", fieldChanged, true);
  document.addEventListener("change", fieldChanged, true);
  window.addEventListener("pagehide", sendBeacon);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      sendBeacon();
    }
  });
  window.addEventListener("offline", function () {
    offline = true;
    if (kept()) {
      say(editor.getAttribute("data-text-offline"));
    }
  });
  window.addEventListener("online", sendKept);

  var $ = window.jQuery;
  $(document).on("pfAjaxError", function () {
    // no answer (connection lost) or a failure: the fields stay kept in this browser
    offline = !navigator.onLine || offline;
    keep();
    say(editor.getAttribute(navigator.onLine ? "data-text-kept" : "data-text-offline"));
  });
  $(document).on("pfAjaxComplete", function (event, xhr) {
    // a save is activity: the idle timers of the page start again
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
      var w = PrimeFaces.widgets[name];
      if (PrimeFaces.widget.IdleMonitor && w instanceof PrimeFaces.widget.IdleMonitor) {
        w.reset();
      }
    });
    if (xhr && xhr.status === 0) {
      return;
    }
    var s = status();
    var copy = kept();
    if (s && copy && s.getAttribute("data-state") === "saved" && same(copy.values, collect())) {
      forget();
      if (!offline) {
        say("");
      }
    }
  });

  // on opening: offer a kept copy that the saved draft does not hold
  var copy = kept();
  if (copy) {
    if (same(copy.values, collect())) {
      forget();
    } else {
      var offer = document.getElementById("noteLocalOffer");
      var text = document.getElementById("noteLocalOfferText");
      text.textContent = text
        .getAttribute("data-text")
        .replace("{0}", new Date(copy.at).toLocaleString());
      offer.hidden = false;
      document.getElementById("noteLocalRestore").addEventListener("click", function () {
        apply(copy.values);
        offer.hidden = true;
        if (window.noteRestore) {
          window.noteRestore();
        }
      });
      document.getElementById("noteLocalForget").addEventListener("click", function () {
        forget();
        offer.hidden = true;
      });
    }
  }
})();
