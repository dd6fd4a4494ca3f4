// Brief composer: reorder by drag and by keyboard (Alt+Up/Down), remove in place, autosave with
// the version the editor started from, live preview, and a clear message when someone else saved.
(function () {
  "use strict";
  var form = document.getElementById("composer");
  if (!form) return;
  var list = document.getElementById("items");
  var versionInput = document.getElementById("version");
  var state = document.getElementById("save-state");
  var conflictBox = document.getElementById("conflict");
  var frame = document.getElementById("preview-frame");
  var openLink = document.getElementById("preview-open");
  var previewFormat = "email";
  var timer = null, saving = null, dirty = false, blocked = false;

  function setState(text) { if (state) state.textContent = text; }

  function refreshPreview() {
    if (!frame) return;
    var url = frame.dataset.base + previewFormat;
    frame.src = url + "?v=" + encodeURIComponent(versionInput.value) + "&t=" + Date.now();
    if (openLink) openLink.href = url;
  }

  function showConflict(message) {
    blocked = true;
    conflictBox.hidden = false;
    conflictBox.innerHTML = "";
    var strong = document.createElement("strong");
    strong.textContent = "Not saved: someone else changed this brief.";
    var p = document.createElement("p");
    p.textContent = message;
    var p2 = document.createElement("p");
    var a = document.createElement("a");
    a.href = window.location.pathname;
    a.textContent = "Reload their version";
    p2.appendChild(a);
    p2.appendChild(document.createTextNode(" (your text stays on this page until you leave it; autosave is paused)."));
    conflictBox.appendChild(strong); conflictBox.appendChild(p); conflictBox.appendChild(p2);
    setState("Conflict – not saved");
    conflictBox.scrollIntoView({ block: "nearest" });
  }

  async function save() {
    if (blocked) return;
    if (saving) { dirty = true; return saving; }
    dirty = false;
    setState("Saving…");
    saving = (async function () {
      try {
        var response = await fetch(form.dataset.autosaveUrl, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { "Accept": "application/json" } });
        var data = await response.json();
        if (response.ok) {
          versionInput.value = data.version;
          var label = document.getElementById("version-label");
          if (label) label.textContent = "version " + data.version;
          setState("Saved " + (data.savedAt || ""));
          refreshPreview();
        } else if (response.status === 409) {
          showConflict(data.message);
        } else {
          setState(data.message || "Not saved");
        }
      } catch (e) {
        setState("Offline – not saved");
      } finally {
        saving = null;
      }
      if (dirty && !blocked) return save();
    })();
    return saving;
  }

  function schedule() {
    if (blocked) return;
    setState("Unsaved changes");
    clearTimeout(timer);
    timer = setTimeout(function () { timer = null; save(); }, 800);
  }

  function renumber() {
    var count = list ? list.querySelectorAll(".item").length : 0;
    var label = document.getElementById("item-count");
    if (label) label.textContent = "(" + count + ")";
  }

  function move(item, direction) {
    if (direction === "up" && item.previousElementSibling) list.insertBefore(item, item.previousElementSibling);
    else if (direction === "down" && item.nextElementSibling) list.insertBefore(item.nextElementSibling, item);
    else return false;
    renumber();
    schedule();
    return true;
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);

  form.addEventListener("click", function (e) {
    var button = e.target.closest("button");
    if (!button || !list || !list.contains(button)) return;
    var item = button.closest(".item");
    if (button.dataset.move) { e.preventDefault(); move(item, button.dataset.move); button.focus(); }
    else if (button.hasAttribute("data-remove")) { e.preventDefault(); item.remove(); renumber(); schedule(); }
  });

  form.addEventListener("keydown", function (e) {
    var item = e.target.closest && e.target.closest(".item");
    if (!item || !e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(item, e.key === "ArrowUp" ? "up" : "down");
    e.target.focus();
  });

  // Publishing and saving post the whole form: let a running autosave finish first, so the
  // version sent is the one just written (otherwise the editor would conflict with themself).
  form.addEventListener("submit", function (e) {
    var submitter = e.submitter;
    if (saving || timer) {
      e.preventDefault();
      clearTimeout(timer); timer = null;
      Promise.resolve(saving).then(function () { return blocked ? null : save(); }).then(function () {
        if (!blocked) form.requestSubmit(submitter);
      });
    }
  });

  if (list) {
    var dragged = null;
    list.addEventListener("dragstart", function (e) {
      dragged = e.target.closest(".item");
      if (!dragged) return;
      dragged.classList.add("dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged.dataset.itemId);
    });
    list.addEventListener("dragover", function (e) {
      if (!dragged) return;
      e.preventDefault();
      var over = e.target.closest(".item");
      list.querySelectorAll(".drop-before").forEach(function (el) { el.classList.remove("drop-before"); });
      if (over && over !== dragged) over.classList.add("drop-before");
    });
    list.addEventListener("drop", function (e) {
      if (!dragged) return;
      e.preventDefault();
      var over = e.target.closest(".item");
      if (over && over !== dragged) {
        var rect = over.getBoundingClientRect();
        list.insertBefore(dragged, e.clientY > rect.top + rect.height / 2 ? over.nextElementSibling : over);
        renumber();
        schedule();
      }
    });
    list.addEventListener("dragend", function () {
      if (dragged) dragged.classList.remove("dragging");
      list.querySelectorAll(".drop-before").forEach(function (el) { el.classList.remove("drop-before"); });
      dragged = null;
    });
  }

  document.querySelectorAll("[data-preview]").forEach(function (tab) {
    tab.addEventListener("click", function () {
      previewFormat = tab.dataset.preview;
      document.querySelectorAll("[data-preview]").forEach(function (t) { t.setAttribute("aria-selected", t === tab ? "true" : "false"); });
      refreshPreview();
    });
  });

  // A send runs in the background: follow it on the status line until it ends.
  var sendStatus = document.querySelector("[data-send-status]");
  function sendLine(p) {
    if (p.running) return "Sending by email: " + p.sent + " sent, " + p.failed + " failed, " + p.pending + " to go\u2026";
    if (!p.last) return sendStatus.textContent;
    var line = "Email: sent " + p.last.sent + ", already sent " + p.last.alreadySent + ", failed " + p.last.failed + (p.last.cancelled ? " (stopped before the end)" : "") + (p.last.stoppedBecause ? " (stopped: " + p.last.stoppedBecause + ")" : "");
    p.last.failures.forEach(function (f) { line += "; " + f.email + ": " + f.error; });
    return line;
  }
  async function followSend() {
    try {
      var response = await fetch(sendStatus.dataset.sendStatus, { credentials: "same-origin", headers: { "Accept": "application/json" } });
      if (!response.ok) return;
      var p = await response.json();
      sendStatus.textContent = sendLine(p);
      if (p.running) { setTimeout(followSend, 1500); return; }
      var button = document.getElementById("send-email");
      if (button) { button.textContent = p.pending > 0 ? "Send again to " + p.pending + " not reached" : "Sent by email"; button.disabled = p.pending === 0; }
    } catch (e) { /* the next page load shows where it stands */ }
  }
  if (sendStatus && sendStatus.dataset.running === "true") setTimeout(followSend, 1500);

  window.addEventListener("beforeunload", function (e) {
    if (timer || saving) { e.preventDefault(); e.returnValue = ""; }
  });
})();
