/* binational corpus site: search the index (window.BN_INDEX, from search-index.js) in the page.
   Hits are written with textContent: nothing of the index is ever parsed as markup. */
(function () {
  "use strict";

  var index = window.BN_INDEX;
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var objectList = document.getElementById("hits-objects");
  var passageList = document.getElementById("hits-passages");
  if (!index || !form) return;

  var LIMIT_OBJECTS = 40;
  var LIMIT_PASSAGES = 60;

  function norm(s) {
    return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function stem(w) {
    return w.length > 3 && w.charAt(w.length - 1) === "s" && w.charAt(w.length - 2) !== "s" ? w.slice(0, -1) : w;
  }

  function terms(s) {
    return (norm(s).match(/[a-z0-9]+/g) || []).map(stem);
  }

  function field(text) {
    var words = terms(text || "");
    return { words: words, joined: " " + words.join(" ") + " " };
  }

  var objects = index.objects.map(function (o) {
    return { o: o, fields: [field(o[4]), field(o[5]), field(o[6])] };
  });
  var passages = index.passages.map(function (p) {
    return { p: p, fields: [field(p[2])] };
  });
  var WEIGHTS = [3, 2, 1];

  function matches(word, f) {
    /* a word of three letters or more also finds longer words it starts ("méri": Mérida) */
    for (var i = 0; i < f.words.length; i++) {
      var w = f.words[i];
      if (w === word || (word.length >= 3 && w.lastIndexOf(word, 0) === 0)) return true;
    }
    return false;
  }

  function score(entry, words, phrase) {
    var total = 0;
    var found = words.map(function () { return false; });
    entry.fields.forEach(function (f, i) {
      var n = 0;
      words.forEach(function (w, j) {
        if (matches(w, f)) { n += 1; found[j] = true; }
      });
      if (!n) return;
      var points = n * WEIGHTS[i];
      if (f.joined === phrase) points *= 3;
      else if (words.length > 1 && f.joined.indexOf(phrase) >= 0) points *= 2;
      total += points;
    });
    return found.every(Boolean) ? total : 0;
  }

  function rank(entries, words, limit) {
    var phrase = " " + words.join(" ") + " ";
    var hits = [];
    entries.forEach(function (e, i) {
      var s = score(e, words, phrase);
      if (s > 0) hits.push({ e: e, s: s, i: i });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    return { total: hits.length, hits: hits.slice(0, limit) };
  }

  /* a piece of text around the first word found, the words found in bold */
  function snippet(text, words) {
    var p = document.createElement("p");
    p.className = "snip";
    if (!text) return p;
    var lower = norm(text);
    var at = -1;
    words.forEach(function (w) {
      var i = lower.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = Math.max(0, at - 80);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    var end = Math.min(text.length, start + 240);
    var piece = text.slice(start, end);
    if (start > 0) p.appendChild(document.createTextNode("… "));
    var re = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
    var m;
    while ((m = re.exec(piece)) !== null) {
      var token = m[0];
      var t = stem(norm(token));
      var hit = /[\p{L}\p{N}]/u.test(token) && words.some(function (w) {
        return t === w || (w.length >= 3 && t.lastIndexOf(w, 0) === 0);
      });
      if (hit) {
        var b = document.createElement("b");
        b.textContent = token;
        p.appendChild(b);
      } else {
        p.appendChild(document.createTextNode(token));
      }
    }
    if (end < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  function link(href, kind, text) {
    var a = document.createElement("a");
    a.href = href;
    if (kind) {
      var k = document.createElement("span");
      k.className = "kind";
      k.textContent = kind;
      a.appendChild(k);
    }
    a.appendChild(document.createTextNode(text));
    return a;
  }

  function run(query) {
    objectList.textContent = "";
    passageList.textContent = "";
    var words = terms(query);
    if (!words.length) {
      status.textContent = query ? "Type letters or digits to search." : "";
      return;
    }
    var foundObjects = rank(objects, words, LIMIT_OBJECTS);
    var foundPassages = rank(passages, words, LIMIT_PASSAGES);
    foundObjects.hits.forEach(function (h) {
      var o = h.e.o;
      var li = document.createElement("li");
      li.appendChild(link(o[1], o[0], o[3]));
      var quoted = words.some(function (w) { return matches(w, h.e.fields[2]); });
      li.appendChild(snippet(quoted ? o[6] : o[5] || o[6], words));
      objectList.appendChild(li);
    });
    foundPassages.hits.forEach(function (h) {
      var p = h.e.p;
      var page = index.pages[p[0]];
      var li = document.createElement("li");
      li.appendChild(link(page[0] + "#" + p[1], "", page[1]));
      li.appendChild(snippet(p[2], words));
      passageList.appendChild(li);
    });
    function shown(r, what) {
      return r.total + " " + what + (r.total > r.hits.length ? " (first " + r.hits.length + " shown)" : "");
    }
    status.textContent = shown(foundObjects, "objects") + " and " + shown(foundPassages, "passages") + " match.";
  }

  var pending = null;
  input.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(function () { run(input.value); }, 120);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run(input.value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
  });
  var top = document.getElementById("q-top");
  var given = new URLSearchParams(location.search).get("q") || "";
  input.value = given;
  if (top) top.value = given;
  if (given) run(given);
  else input.focus();
})();
