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
  // Search page: a small interface of our own over Pagefind's search library (loaded only
  // here, a quarter of the bytes of Pagefind's ready-made interface), started from ?q= and,
  // when the visitor came from a school's page (?section=its name), that school's pages first.
  var search = document.getElementById("th-search");
  var library = document.getElementById("th-pagefind");
  if (search && library && window.URL && window.DOMParser) {
    startSearch(search, library.href);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Pagefind's excerpts are text with <mark> around the words found: rebuilt here from an
  // inert parse, keeping the text and the marks and nothing else.
  function excerpt(html) {
    var out = element("p", "th-search__excerpt");
    var parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") out.appendChild(element("mark", "", node.textContent));
      else out.appendChild(document.createTextNode(node.textContent));
    });
    return out;
  }

  function encodeSection(name) {
    // the index holds each section's name percent-encoded (trusthub.site.themedata.search_section)
    return encodeURIComponent(name).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function startSearch(box, libraryUrl) {
    var PAGE = 5;
    var params = new URLSearchParams(window.location.search);
    var section = params.get("section") || "";
    var scoped = !!section;
    var root = new URL("../../../", libraryUrl).pathname; // the site's root, above assets/trusthub/search/
    document.querySelectorAll(".th-search-nojs").forEach(function (p) { p.hidden = true; });

    var form = element("form", "th-search__form");
    form.setAttribute("role", "search");
    var label = element("label", "th-search__label", "Search our website");
    label.htmlFor = "th-search-input";
    var input = element("input", "th-search__input");
    input.type = "search";
    input.id = "th-search-input";
    input.name = "q";
    input.autocomplete = "off";
    input.placeholder = "Uniform, admissions…";
    input.value = params.get("q") || "";
    var submit = element("button", "md-button md-button--primary th-search__submit", "Search");
    submit.type = "submit";
    form.append(label, input, submit);

    var scope = element("div", "th-search-scope");
    var scopeText = element("p");
    scopeText.setAttribute("role", "status");
    var widen = element("button", "md-button", "Search all our schools");
    widen.type = "button";
    if (scoped) {
      var strong = element("strong", "", section);
      scopeText.append("Showing results from ", strong, " only.");
      scope.append(scopeText, widen);
    }
    var status = element("p", "th-search__status");
    status.setAttribute("role", "status");
    var list = element("ol", "th-search__results");
    var more = element("button", "md-button th-search__more", "Show more results");
    more.type = "button";
    more.hidden = true;
    box.append(form, scope, status, list, more);
    if (!input.value) input.focus();

    var pagefind = null;
    var found = [];
    var shown = 0;
    var asked = 0;
    var ready = import(libraryUrl).then(function (module) {
      pagefind = module;
      return pagefind.options({ baseUrl: root, noWorker: true, excerptLength: 24 }).then(function () {
        return pagefind.init();
      });
    });

    function remember(term) {
      var next = new URLSearchParams(window.location.search);
      if (term) next.set("q", term); else next.delete("q");
      if (!scoped) next.delete("section");
      var query = next.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
    }

    function showMore() {
      var batch = found.slice(shown, shown + PAGE);
      shown += batch.length;
      more.hidden = shown >= found.length;
      return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
        pages.forEach(function (data) {
          var item = element("li", "th-search__result");
          var heading = element("h2", "th-search__title");
          var link = element("a", "th-search__link", (data.meta && data.meta.title) || data.url);
          link.href = data.url;
          heading.appendChild(link);
          item.append(heading, excerpt(data.excerpt || ""));
          var parts = (data.sub_results || []).filter(function (sub) {
            return sub.url && sub.url.indexOf("#") > 0;
          }).slice(0, 2);
          if (parts.length) {
            var within = element("ul", "th-search__parts");
            parts.forEach(function (sub) {
              var part = element("li");
              var anchor = element("a", "", sub.title);
              anchor.href = sub.url;
              part.appendChild(anchor);
              within.appendChild(part);
            });
            item.appendChild(within);
          }
          list.appendChild(item);
        });
      });
    }

    function run(term) {
      var mine = ++asked;
      term = term.trim();
      remember(term);
      list.textContent = "";
      more.hidden = true;
      if (!term) { status.textContent = ""; return; }
      status.textContent = "Searching…";
      ready.then(function () {
        var options = scoped ? { filters: { section: [encodeSection(section)] } } : {};
        return pagefind.search(term, options);
      }).then(function (response) {
        if (mine !== asked) return;
        found = response.results;
        shown = 0;
        var where = scoped ? " in " + section : "";
        if (!found.length) {
          status.textContent = "Nothing found for “" + term + "”" + where + ". Try another word" +
            (scoped ? ", or search all our schools." : ".");
          return;
        }
        status.textContent = found.length + (found.length === 1 ? " page" : " pages") +
          " found for “" + term + "”" + where + ".";
        return showMore();
      }).catch(function () {
        if (mine === asked) status.textContent = "Search could not load. Please try again later.";
      });
    }

    var timer = 0;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { run(input.value); }, 250);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      run(input.value);
    });
    more.addEventListener("click", function () {
      var next = list.children.length;
      showMore().then(function () {
        var first = list.children[next] && list.children[next].querySelector("a");
        if (first) first.focus();
      });
    });
    widen.addEventListener("click", function () {
      scoped = false;
      scopeText.textContent = "Showing results from all our schools and the trust.";
      widen.remove();
      input.focus();
      run(input.value);
    });
    if (input.value) run(input.value);
  }
})();
