(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  // Search: over search.js (states, groups, resolutions, people), loaded beside the page.
  function setupSearch() {
    var form = document.querySelector("form.search");
    var data = window.GGEGRAPH_SEARCH;
    if (!form || !data) return;
    form.hidden = false;
    var input = form.querySelector("input");
    var list = form.querySelector("ul");
    function norm(s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    var keys = data.map(function (d) { return norm(d[0] + " " + (d[3] || "")); });
    function show() {
      var q = norm(input.value.trim());
      list.textContent = "";
      if (!q) return;
      var hits = [];
      for (var i = 0; i < data.length && hits.length < 200; i++) {
        var k = keys[i].indexOf(q);
        if (k >= 0) hits.push([k === 0 ? 0 : 1, i]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      hits.slice(0, 20).forEach(function (h) {
        var d = data[h[1]];
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + d[2];
        a.textContent = d[0];
        var kind = document.createElement("small");
        kind.textContent = d[1];
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
    }
    input.addEventListener("input", show);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector("a");
      if (first) window.location.href = first.href;
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        var first = list.querySelector("a");
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === "Escape") {
        list.textContent = "";
      }
    });
    list.addEventListener("keydown", function (e) {
      var cur = document.activeElement && document.activeElement.parentNode;
      if (!cur || cur.parentNode !== list) return;
      var next = e.key === "ArrowDown" ? cur.nextSibling : e.key === "ArrowUp" ? cur.previousSibling : null;
      if (next) { e.preventDefault(); next.firstChild.focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); input.focus(); }
    });
  }
  // Tables: a button per column header sorts (numbers as numbers), a box filters rows.
  function cellKey(td) {
    var t = (td ? td.textContent : "").trim();
    var n = t.replace(/[,\s]/g, "").match(/^-?\d+(\.\d+)?/);
    return n ? [0, parseFloat(n[0]), t.toLowerCase()] : [1, 0, t.toLowerCase()];
  }
  function compare(a, b) {
    if (a[0] !== b[0]) return a[0] - b[0];
    if (a[0] === 0 && a[1] !== b[1]) return a[1] - b[1];
    return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
  }
  function setupTable(table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2) return;
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (r, i) {
          return [cellKey(r.cells[col]), i, r];
        });
        rows.sort(function (x, y) { return (asc ? 1 : -1) * compare(x[0], y[0]) || x[1] - y[1]; });
        rows.forEach(function (r) { body.appendChild(r[2]); });
      });
    });
    if (body.rows.length < 6) return;
    var box = document.createElement("input");
    box.type = "search";
    box.className = "filter";
    box.placeholder = "Filter rows (a year, a body, a region, a name)";
    box.setAttribute("aria-label", "Filter the rows of this table");
    var holder = table.parentNode.classList.contains("scroll") ? table.parentNode : table;
    holder.parentNode.insertBefore(box, holder);
    box.addEventListener("input", function () {
      var q = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
  function start() {
    setupSearch();
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setupTable);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
