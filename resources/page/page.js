
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("#text mark.ent"));
  var byActor = Object.create(null);
  marks.forEach(function (m) {
    (byActor[m.dataset.actor] = byActor[m.dataset.actor] || []).push(m);
  });
  var bar = document.getElementById("bar");
  var barName = document.getElementById("bar-name");
  var barPos = document.getElementById("bar-pos");
  var state = {actor: null, list: [], i: -1};

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  function clearActor() {
    each("#text .sel, #text .cur", function (e) { e.classList.remove("sel", "cur"); });
    each(".actor.active", function (e) { e.classList.remove("active"); });
    state = {actor: null, list: [], i: -1};
    bar.hidden = true;
  }
  function go(i) {
    var n = state.list.length;
    if (!n) { return; }
    if (state.i >= 0) { state.list[state.i].classList.remove("cur"); }
    state.i = ((i % n) + n) % n;
    var m = state.list[state.i];
    m.classList.add("cur");
    m.scrollIntoView({block: "center", inline: "nearest"});
    barPos.textContent = (state.i + 1) + " / " + n;
  }
  function selectActor(id, mark) {
    clearActor();
    var list = byActor[id] || [];
    state = {actor: id, list: list, i: -1};
    list.forEach(function (m) { m.classList.add("sel"); });
    each('#text .rel[data-actor="' + CSS.escape(id) + '"]', function (e) {
      e.classList.add("sel");
    });
    var item = document.getElementById("actor-" + id);
    if (item) {
      item.classList.add("active");
      var name = item.querySelector(".actor-name");
      barName.textContent = name ? name.textContent : id;
    }
    bar.hidden = false;
    if (list.length) { go(mark ? Math.max(0, list.indexOf(mark)) : 0); }
    else { barPos.textContent = ""; }
  }
  function showClaim(id) {
    each(".claim-on", function (e) { e.classList.remove("claim-on"); });
    each(".claim.active", function (e) { e.classList.remove("active"); });
    each('#text [data-claim="' + CSS.escape(id) + '"]', function (e) {
      e.classList.add("claim-on");
    });
    var item = document.getElementById("claim-item-" + id);
    if (item) { item.classList.add("active"); }
    var anchor = document.getElementById("claim-" + id);
    if (anchor) { anchor.scrollIntoView({block: "center", inline: "nearest"}); }
  }
  document.addEventListener("click", function (e) {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
    var t = e.target instanceof Element ? e.target : null;
    if (!t) { return; }
    var hit = t.closest("#text mark.ent");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.actor, hit); return; }
    hit = t.closest("#text .rel");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.actor, null); return; }
    hit = t.closest("[data-select-actor]");
    if (hit) { e.preventDefault(); selectActor(hit.dataset.selectActor, null); return; }
    hit = t.closest(".claim > a");
    if (hit) { e.preventDefault(); showClaim(hit.getAttribute("href").slice(7)); return; }
    hit = t.closest("[data-nav]");
    if (hit) {
      var nav = hit.dataset.nav;
      if (nav === "clear") { clearActor(); } else { go(state.i + (nav === "next" ? 1 : -1)); }
    }
  });
  document.addEventListener("mouseover", function (e) {
    var m = e.target instanceof Element ? e.target.closest("#text mark.ent") : null;
    if (m && !m.title) { m.title = titleOf(m); }  // made when needed, not stored 100,000 times
  });
  function titleOf(m) {
    var item = document.getElementById("actor-" + m.dataset.actor);
    var name = item ? item.querySelector(".actor-name").textContent : m.textContent;
    var key = (/(?:^| )L-(\S+)/.exec(m.className) || [])[1];
    var legend = key ? document.querySelector(".legend mark.L-" + CSS.escape(key)) : null;
    var roles = item ? item.querySelectorAll(".roles bdi") : [];
    var said = Array.prototype.map.call(roles, function (r) { return r.textContent; });
    return "\u2068" + name + "\u2069" + (legend ? " \u00b7 " + legend.textContent : "") +
      (said.length ? " \u00b7 \u2068" + said.join(", ") + "\u2069" : "");
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "n" && state.actor !== null) { go(state.i + 1); e.preventDefault(); }
    else if (e.key === "p" && state.actor !== null) { go(state.i - 1); e.preventDefault(); }
    else if (e.key === "Escape") { clearActor(); }
  });
})();
