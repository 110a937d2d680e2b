/* binational corpus site: the highlighted passage a link points to, and what a highlight supports.
   Plain script, no network; data is read from the page's JSON block and written with textContent. */
(function () {
  "use strict";

  var data = null;
  var block = document.getElementById("bn-data");
  if (block) {
    try { data = JSON.parse(block.textContent); } catch (e) { data = null; }
  }
  var pop = document.getElementById("bn-pop");
  var current = null;
  var timer = null;
  var quiet = false; /* focus given back by Escape: the list stays closed */

  function keysOf(mark) {
    return (mark.getAttribute("data-q") || "").split(/\s+/).filter(Boolean);
  }

  function marks() {
    return Array.prototype.slice.call(document.querySelectorAll("mark.q"));
  }

  /* Every piece of the passage named by the URL's fragment is styled as targeted. */
  function target() {
    marks().forEach(function (m) { m.classList.remove("targeted"); });
    var key;
    try { key = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (!key) return;
    var hit = marks().filter(function (m) { return keysOf(m).indexOf(key) >= 0; });
    if (!hit.length) return;
    hit.forEach(function (m) { m.classList.add("targeted"); });
    hit[0].scrollIntoView({ block: "center" });
  }

  function item(entry) {
    var o = data.objects[entry[0]];
    var li = document.createElement("li");
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = o[0];
    var a = document.createElement("a");
    a.href = o[3];
    a.textContent = o[2];
    li.appendChild(kind);
    li.appendChild(a);
    if (entry[1]) {
      var role = document.createElement("span");
      role.className = "role";
      role.textContent = entry[1];
      li.appendChild(role);
    }
    return li;
  }

  function place(mark) {
    var r = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, width - pop.offsetWidth - 8));
    pop.style.left = left + window.scrollX + "px";
    pop.style.top = r.bottom + window.scrollY + 6 + "px";
  }

  function show(mark) {
    if (!data || !pop) return;
    clearTimeout(timer);
    if (current === mark && !pop.hidden) return;
    if (current) current.removeAttribute("aria-describedby");
    current = mark;
    pop.textContent = "";
    var title = document.createElement("p");
    title.textContent = "This passage supports";
    var list = document.createElement("ul");
    var seen = {};
    keysOf(mark).forEach(function (key) {
      (data.spans[key] || []).forEach(function (entry) {
        var id = entry[0] + "\u0000" + entry[1];
        if (seen[id]) return;
        seen[id] = true;
        list.appendChild(item(entry));
      });
    });
    pop.appendChild(title);
    pop.appendChild(list);
    pop.hidden = false;
    place(mark);
    mark.setAttribute("aria-describedby", "bn-pop");
  }

  function hide() {
    if (!pop) return;
    pop.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  function hideSoon() {
    clearTimeout(timer);
    timer = setTimeout(hide, 300);
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.q") : null;
  }

  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m) { show(m); return; }
    if (pop && pop.contains(e.target)) { clearTimeout(timer); return; }
    if (current && document.activeElement !== current) hideSoon();
  });

  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m && quiet) { quiet = false; return; }
    if (m) { show(m); return; }
    if (pop && !pop.contains(e.target)) hide();
  });

  document.addEventListener("keydown", function (e) {
    if (!pop || pop.hidden || !current) return;
    var links = pop.querySelectorAll("a");
    if (e.key === "Escape") {
      var m = current;
      hide();
      quiet = true;
      m.focus();
      quiet = false;
      e.preventDefault();
    } else if (e.key === "Enter" && e.target === current && links.length) {
      links[0].focus();
      e.preventDefault();
    } else if (e.key === "Tab" && pop.contains(e.target) && links.length) {
      /* leaving the list either way returns to its highlight, then on through the text */
      var edge = e.shiftKey ? links[0] : links[links.length - 1];
      if (e.target === edge) {
        current.focus();
        e.preventDefault();
      }
    }
  });

  /* the sections beside the text on a wide screen; folded above it on a narrow one */
  var toc = document.getElementById("toc");
  if (toc && window.matchMedia && window.matchMedia("(max-width: 63.99rem)").matches) {
    toc.open = false;
  }

  window.addEventListener("hashchange", target);
  window.addEventListener("resize", function () { if (current && !pop.hidden) place(current); });
  /* after the browser's own jump to the fragment, so the passage ends up mid-screen */
  if (document.readyState === "complete") target();
  else window.addEventListener("load", function () { setTimeout(target, 0); });
})();
