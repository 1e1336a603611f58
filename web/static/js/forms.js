// A submitted form shows that work is under way: its button is disabled (no second submission while the
// first is answered, which matching a brief or vetting a profile can take a few seconds) and says so.
// Forms that answer with a download and stay on the page opt out with data-no-busy.
(function () {
  "use strict";

  function reset(form) {
    delete form.dataset.busy;
    form.removeAttribute("aria-busy");
    form.querySelectorAll("button[data-label]").forEach(function (button) {
      button.disabled = false;
      button.textContent = button.dataset.label;
      delete button.dataset.label;
    });
    form.querySelectorAll("input[data-busy-copy]").forEach(function (input) { input.remove(); });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.method.toLowerCase() !== "post" || "noBusy" in form.dataset) {
      return;
    }
    if (form.dataset.busy) {
      event.preventDefault();  // already on its way
      return;
    }
    form.dataset.busy = "1";
    form.setAttribute("aria-busy", "true");
    var button = event.submitter;
    if (!button || button.tagName !== "BUTTON") {
      return;
    }
    // A disabled button's name and value are not sent: keep them (Save draft / Submit for review).
    if (button.name) {
      var copy = document.createElement("input");
      copy.type = "hidden";
      copy.name = button.name;
      copy.value = button.value;
      copy.dataset.busyCopy = "1";
      form.appendChild(copy);
    }
    button.dataset.label = button.textContent;
    button.textContent = button.dataset.busyLabel || "Working…";
    button.disabled = true;
  });

  // A page restored from the back/forward cache must not keep a disabled button.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("form[data-busy]").forEach(reset);
    }
  });
})();
