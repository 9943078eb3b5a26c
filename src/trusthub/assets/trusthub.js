/* trusthub: progressive enhancements. Everything works without this file. */
(function () {
  "use strict";
  // Glossary terms: reachable by keyboard, and their definition read out on focus.
  document.querySelectorAll(".md-typeset abbr[title]").forEach(function (abbr) {
    abbr.tabIndex = 0;
  });
  // Phase filter: announce how many schools are shown (the CSS does the filtering).
  document.querySelectorAll(".th-directory").forEach(function (directory) {
    var filter = directory.querySelector(".th-filter");
    if (!filter) return;
    var status = document.createElement("p");
    status.className = "th-filter-status";
    status.setAttribute("role", "status");
    filter.after(status);
    function update() {
      var checked = filter.querySelector("input:checked");
      var phase = checked ? checked.value : "all";
      var shown = 0;
      directory.querySelectorAll(".th-school-card").forEach(function (card) {
        var match = phase === "all" || card.dataset.phase === phase;
        card.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = shown === 1 ? "Showing 1 school" : "Showing " + shown + " schools";
    }
    filter.addEventListener("change", update);
    update();
  });
  // School switcher: a list of every school, loaded once, for moving between sections.
  document.querySelectorAll("[data-th-switcher]").forEach(function (box) {
    var link = box.querySelector("a");
    var source = new URL(box.dataset.thSwitcher, document.baseURI);
    fetch(source).then(function (r) { return r.json(); }).then(function (schools) {
      var id = "th-switch-" + Math.random().toString(36).slice(2, 8);
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = "Go to another school";
      var select = document.createElement("select");
      select.id = id;
      var first = document.createElement("option");
      first.value = "";
      first.textContent = "Choose a school…";
      select.appendChild(first);
      schools.forEach(function (s) {
        var option = document.createElement("option");
        option.value = new URL(s.url, source).href;
        option.textContent = s.name;
        if (s.slug === box.dataset.thCurrent) option.disabled = true;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { if (select.value) window.location.href = select.value; });
      box.insertBefore(label, link);
      box.insertBefore(select, link);
    }).catch(function () { /* keep the plain link */ });
  });
  // Search page: Pagefind's own interface (loaded only here), started from ?q= and, when the
  // visitor came from a school's page (?section=its name), showing that school's pages first.
  var search = document.getElementById("th-search");
  if (search && window.PagefindUI) {
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    var section = params.get("section") || "";
    document.querySelectorAll(".th-search-nojs").forEach(function (p) { p.hidden = true; });
    var ui = new window.PagefindUI({
      element: "#th-search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      noWorker: true, // one file fewer (12 KB) for a first search: the index is small enough
      autofocus: !query,
      translations: { placeholder: "Search for admissions, uniform, a school…" }
    });
    // Pagefind repeats its placeholder as a title, which the theme would show as a tooltip.
    search.querySelectorAll("input[title]").forEach(function (input) { input.removeAttribute("title"); });
    if (section) {
      var scope = document.createElement("div");
      scope.className = "th-search-scope";
      var status = document.createElement("p");
      status.setAttribute("role", "status");
      var all = document.createElement("button");
      all.type = "button";
      all.className = "md-button";
      all.textContent = "Search all our schools";
      var only = function () {
        status.textContent = "";
        var strong = document.createElement("strong");
        strong.textContent = section;
        status.append("Showing results from ", strong, " only.");
        // the index holds the name percent-encoded (trusthub.site.themedata.search_section)
        var encoded = encodeURIComponent(section).replace(/[!'()*]/g, function (c) {
          return "%" + c.charCodeAt(0).toString(16).toUpperCase();
        });
        ui.triggerFilters({ section: [encoded] });
      };
      all.addEventListener("click", function () {
        ui.triggerFilters({});
        status.textContent = "Showing results from all our schools and the trust.";
        all.remove();
        var input = search.querySelector("input[type=text], input[type=search]");
        if (input) input.focus();
      });
      scope.append(status, all);
      search.before(scope);
      only();
    }
    if (query) ui.triggerSearch(query);
  }
})();
