// marsad: hover records on the article page, and the upload form.
// Everything shown is set with textContent; no HTML is built from data.
"use strict";

(function () {
  function json(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  // ---------------------------------------------------------------- article page
  var records = json("records");
  var labels = json("labels") || {};
  var body = document.getElementById("body");
  if (records && body) {
    var pop = document.createElement("div");
    pop.className = "pop";
    pop.id = "pop";
    pop.hidden = true;
    pop.setAttribute("role", "tooltip");
    document.body.appendChild(pop);

    var FIELDS = {
      entity: ["name", "id", "type", "country", "role"],
      event: ["type", "mode", "date", "location", "actors", "mediator", "status", "confidence", "story"],
      date: ["text", "value", "type"]
    };

    function show(el) {
      var refs = (el.getAttribute("data-refs") || "").split(" ").filter(Boolean);
      if (!refs.length) return;
      pop.replaceChildren();
      refs.forEach(function (ref) {
        var rec = records[ref];
        if (!rec) return;
        var h = document.createElement("h3");
        h.textContent = labels[rec.kind] || rec.kind;
        pop.appendChild(h);
        var dl = document.createElement("dl");
        (FIELDS[rec.kind] || []).forEach(function (key) {
          var value = rec[key];
          if (value === null || value === undefined || value === "") return;
          var dt = document.createElement("dt");
          dt.textContent = labels[key] || key;
          var dd = document.createElement("dd");
          dd.textContent = String(value);
          dl.appendChild(dt);
          dl.appendChild(dd);
        });
        pop.appendChild(dl);
      });
      var box = el.getBoundingClientRect();
      pop.hidden = false;
      var left = window.scrollX + box.left;
      var maxLeft = window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8;
      pop.style.left = Math.max(8, Math.min(left, maxLeft)) + "px";
      pop.style.top = (window.scrollY + box.bottom + 6) + "px";
      mark(refs, true);
    }

    function hide(el) {
      pop.hidden = true;
      mark((el.getAttribute("data-refs") || "").split(" ").filter(Boolean), false);
    }

    function mark(refs, on) {
      document.querySelectorAll("[data-refs]").forEach(function (other) {
        var mine = (other.getAttribute("data-refs") || "").split(" ");
        if (refs.some(function (r) { return mine.indexOf(r) >= 0; })) other.classList.toggle("on", on);
      });
    }

    document.addEventListener("mouseover", function (e) {
      var el = e.target.closest && e.target.closest("#body .hl, .side li[data-refs]");
      if (el) show(el);
    });
    document.addEventListener("mouseout", function (e) {
      var el = e.target.closest && e.target.closest("#body .hl, .side li[data-refs]");
      if (el) hide(el);
    });
    body.addEventListener("click", function (e) {
      var el = e.target.closest(".hl");
      if (el) show(el);
    });
  }

  // ---------------------------------------------------------------- upload page
  var form = document.getElementById("upload-form");
  var result = document.getElementById("upload-result");
  if (form && result) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var data = new FormData(form);
      var token = document.getElementById("token").value;
      result.replaceChildren();
      result.textContent = result.getAttribute("data-working");
      fetch(form.getAttribute("action"), {
        method: "POST", body: data, headers: { "X-Marsad-Token": token }, credentials: "same-origin"
      }).then(function (resp) {
        return resp.json().then(function (payload) { return { status: resp.status, payload: payload }; },
          function () { return { status: resp.status, payload: { ok: false, error: "HTTP " + resp.status } }; });
      }).then(function (r) {
        result.replaceChildren();
        var p = r.payload || {};
        if (!p.ok) {
          var err = document.createElement("p");
          err.className = "error";
          err.textContent = p.error || ("HTTP " + r.status);
          result.appendChild(err);
          return;
        }
        var done = document.createElement("p");
        done.textContent = (result.getAttribute("data-done") || "{n}").replace("{n}", String(p.documents.length));
        result.appendChild(done);
        var ul = document.createElement("ul");
        p.documents.forEach(function (d) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = d.url;
          a.textContent = d.title || d.id;
          li.appendChild(a);
          ul.appendChild(li);
        });
        result.appendChild(ul);
        (p.errors || []).forEach(function (msg) {
          var e2 = document.createElement("p");
          e2.className = "error";
          e2.textContent = msg;
          result.appendChild(e2);
        });
      }).catch(function (exc) {
        result.textContent = String(exc);
      });
    });
  }
})();
