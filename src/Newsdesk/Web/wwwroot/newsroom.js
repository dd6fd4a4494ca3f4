// Newsroom keyboard navigation and small enhancements. Plain JS, no build step.
// j/k move through any list marked data-nav-list, o or Enter opens, x adds the story to the brief,
// / focuses search. Forms keep working without this file.
(function () {
  "use strict";

  function toast(text) {
    var t = document.getElementById("toast");
    if (!t) return;
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 2600);
  }
  window.newsroomToast = toast;

  function items() { return Array.prototype.slice.call(document.querySelectorAll("[data-nav-item]")); }

  function select(index) {
    var all = items();
    if (all.length === 0) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (el) { el.classList.remove("selected"); });
    var el = all[index];
    el.classList.add("selected");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }

  function current() {
    var all = items();
    for (var i = 0; i < all.length; i++) if (all[i].classList.contains("selected")) return i;
    return -1;
  }

  async function addToBrief(form) {
    var button = form.querySelector("button");
    try {
      var response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json" },
        credentials: "same-origin"
      });
      var data = await response.json();
      toast(data.message || (response.ok ? "Added to the brief." : "Could not add it."));
      if (response.ok && button) { button.textContent = "✓ In brief"; button.classList.add("added"); }
    } catch (e) {
      form.submit();
    }
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.matches && form.matches("[data-add-to-brief]")) {
      e.preventDefault();
      addToBrief(form);
    }
  });

  document.addEventListener("keydown", function (e) {
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || tag === "button" || e.target.isContentEditable) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var i = current();
    switch (e.key) {
      case "j": select(i + 1); e.preventDefault(); break;
      case "k": select(i < 0 ? 0 : i - 1); e.preventDefault(); break;
      case "o":
      case "Enter": {
        var el = items()[i];
        if (el && el.dataset.open) { window.location.href = el.dataset.open; e.preventDefault(); }
        break;
      }
      case "x": {
        var row = items()[i];
        var form = row ? row.querySelector("[data-add-to-brief]") : document.querySelector("form[data-add-to-brief]");
        if (form) { addToBrief(form); e.preventDefault(); }
        break;
      }
      case "/": {
        var box = document.querySelector(".searchbox input, .search-form input[type=search]");
        if (box) { box.focus(); e.preventDefault(); }
        break;
      }
    }
  });

  document.addEventListener("click", function (e) {
    var row = e.target.closest && e.target.closest("[data-nav-item]");
    if (!row) return;
    var all = items();
    all.forEach(function (el) { el.classList.remove("selected"); });
    row.classList.add("selected");
  });
})();
