// Typed search over country and language names in the comma-separated market fields: type a few letters
// of the next name ("united k", "deutsch", "uk") and pick it from the list by arrow keys and Enter, or by
// click. The field stays a plain text input (names or codes, separated by commas) that works without
// this script; the server reads the same names. ARIA 1.2 combobox with a list popup.
(function () {
  "use strict";

  var inputs = document.querySelectorAll("input[data-suggest]");
  if (!inputs.length) {
    return;
  }
  var names = null;
  var loading = null;
  var MAX = 8;

  function load() {
    if (!loading) {
      loading = fetch("/markets.json", { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) { names = data; })
        .catch(function () { names = null; loading = null; });
    }
    return loading;
  }

  function lastToken(value) {
    var parts = value.split(/[,;]/);
    return parts[parts.length - 1].trim().toLowerCase();
  }

  function matches(kind, token) {
    var scored = [];
    (names && names[kind] || []).forEach(function (choice) {
      var name = choice.name.toLowerCase();
      var rank = null;
      // A code or an alias typed whole comes first ("uk" is the United Kingdom before Ukraine).
      if (choice.code.toLowerCase() === token || choice.also.indexOf(token) >= 0) {
        rank = 0;
      } else if (name.indexOf(token) === 0) {
        rank = 1;
      } else if (choice.also.some(function (w) { return w.indexOf(token) === 0; })) {
        rank = 2;
      } else if (token.length > 2 && name.indexOf(token) > 0) {
        rank = 3;
      }
      if (rank !== null) {
        scored.push([rank, choice]);
      }
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1].name.localeCompare(b[1].name); });
    return scored.slice(0, MAX).map(function (pair) { return pair[1]; });
  }

  inputs.forEach(function (input, n) {
    var kind = input.dataset.suggest;
    var list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", kind === "countries" ? "Countries" : "Languages");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    var shown = [];
    var active = -1;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      shown = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, k) {
        li.setAttribute("aria-selected", k === i ? "true" : "false");
      });
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", list.children[i].id);
        list.children[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function pick(choice) {
      var parts = input.value.split(/([,;])/);
      parts[parts.length - 1] = (parts.length > 1 ? " " : "") + choice.name;
      input.value = parts.join("") + ", ";
      close();
      input.focus();
    }

    function render() {
      var token = lastToken(input.value);
      shown = token ? matches(kind, token) : [];
      list.innerHTML = "";
      if (!shown.length) {
        close();
        return;
      }
      shown.forEach(function (choice, k) {
        var li = document.createElement("li");
        li.id = list.id + "-" + k;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = choice.name + " (" + choice.code + ")";
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();  // keep the focus in the field
          pick(choice);
        });
        list.appendChild(li);
      });
      // Under the field itself (an error message or a hint may sit beside it in the same box).
      list.style.left = input.offsetLeft + "px";
      list.style.width = input.offsetWidth + "px";
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(-1);
    }

    input.addEventListener("focus", load, { once: true });
    input.addEventListener("input", function () {
      if (names) {
        render();
      } else {
        load().then(render);
      }
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % shown.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? shown.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();  // picks a name; it does not send the form
        pick(shown[active]);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
  });
})();
