// reportlint serve: send the dropped reports to the local server, show what it found.
// No framework, no network beyond this server; the report view arrives as escaped HTML
// rendered by reportlint itself (render/html.py), and the page's CSP runs no other script.
"use strict";

(function () {
  var config = JSON.parse(document.getElementById("config").textContent);
  var lang = config.lang;
  var held = [];      // the files last chosen: re-checked when the language changes
  var links = [];     // object URLs of the current downloads, released on the next check
  var busy = 0;       // a counter, so that an older answer never overwrites a newer one

  function t(key, args) {
    var s = (config.strings[lang] || config.strings.en)[key] || key;
    return s.replace(/\{(\w+)\}/g, function (_, k) { return args && k in args ? args[k] : ""; });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function relabel() {
    document.documentElement.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-t]").forEach(function (e) { e.textContent = t(e.dataset.t); });
    document.querySelectorAll("[data-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    });
  }

  function status(text, isError) {
    var s = document.getElementById("status");
    s.textContent = text;
    s.classList.toggle("err", !!isError);
  }

  function download(label, name, blob) {
    var url = URL.createObjectURL(blob);
    links.push(url);
    var a = el("a", { href: url, download: name, "class": "button" }, label);
    document.getElementById("downloads").appendChild(a);
  }

  function bytes(b64, type) {
    var raw = atob(b64), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return new Blob([out], { type: type });
  }

  function stem(name) { return name.replace(/\.[^.]*$/, ""); }

  function showClaims(files) {
    var box = document.getElementById("claims");
    box.textContent = "";
    files.forEach(function (f, i) {
      if (f.error) return;
      var rows = f.claims;
      var count = { ok: 0, bad: 0, skipped: 0 };
      rows.forEach(function (r) { count[r.mark === "✓" ? "ok" : r.mark === "–" ? "skipped" : "bad"]++; });
      var d = el("details", { "class": "claims" });
      if (count.bad) d.open = true;
      var sum = el("summary", {}, t("claims") + (files.length > 1 ? " — " + f.name : "") + ": ");
      sum.appendChild(el("span", { "class": "muted" }, rows.length ? t("claims_ok", count) : t("claims_none")));
      d.appendChild(sum);
      var list = el("ul");
      rows.forEach(function (r) {
        var cls = r.mark === "✓" ? "ok" : r.mark === "–" ? "skip" : "bad";
        var li = el("li", { "class": cls });
        li.appendChild(el("span", { "class": "mark" }, r.mark));
        li.appendChild(el("a", { href: "#f" + i + "-L" + r.line }, t("line") + " " + r.line));
        li.appendChild(document.createTextNode(" " + r.text + (r.note ? " (" + r.note + ")" : "")));
        if (r.rule) li.appendChild(el("code", {}, " " + r.rule));
        list.appendChild(li);
      });
      d.appendChild(list);
      box.appendChild(d);
    });
  }

  function show(answer) {
    links.forEach(URL.revokeObjectURL);
    links = [];
    var dl = document.getElementById("downloads");
    dl.textContent = "";
    dl.appendChild(el("span", {}, t("downloads")));
    answer.files.forEach(function (f) {
      if (f.docx) download(t("docx") + (answer.files.length > 1 ? " — " + f.name : ""),
        stem(f.name) + ".reviewed.docx",
        bytes(f.docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
      if (f.docx_error) dl.appendChild(el("span", { "class": "err" }, f.docx_error));
    });
    var base = answer.files.length === 1 ? stem(answer.files[0].name) : "reportlint";
    download(t("json"), base + ".reportlint.json", new Blob([answer.json], { type: "application/json" }));
    download(t("html"), base + ".reportlint.html", new Blob([answer.page], { type: "text/html" }));
    dl.hidden = false;
    showClaims(answer.files);
    document.getElementById("view-style").textContent = answer.view.css;
    document.getElementById("view").innerHTML = answer.view.html;
    status(t("checked", answer.counts), answer.counts.failed > 0);
  }

  function check() {
    if (!held.length) return;
    var big = held.filter(function (f) { return f.size > config.maxBytes; })[0];
    if (big) {
      status(t("too_big", { name: big.name, size: (big.size / 1e6).toFixed(1), limit: (config.maxBytes / 1e6).toFixed(0) }), true);
      return;
    }
    var form = new FormData();
    held.forEach(function (f) { form.append("file", f, f.name); });
    var mine = ++busy;
    status(t("checking"));
    document.body.classList.add("busy");
    fetch("/api/check?lang=" + encodeURIComponent(lang), { method: "POST", body: form })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (mine !== busy) return;
        if (answer.error) status(answer.error, true); else show(answer);
      })
      .catch(function (e) { if (mine === busy) status(t("failed", { reason: e.message }), true); })
      .then(function () { if (mine === busy) document.body.classList.remove("busy"); });
  }

  function choose(list) {
    held = Array.prototype.slice.call(list);
    check();
  }

  var input = document.getElementById("files");
  input.addEventListener("change", function () { choose(input.files); });
  var drop = document.getElementById("drop");
  ["dragenter", "dragover"].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    document.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  document.addEventListener("drop", function (e) { if (e.dataTransfer.files.length) choose(e.dataTransfer.files); });
  document.querySelectorAll("[data-lang]").forEach(function (b) {
    b.addEventListener("click", function () { lang = b.dataset.lang; relabel(); check(); });
  });
  relabel();
})();
