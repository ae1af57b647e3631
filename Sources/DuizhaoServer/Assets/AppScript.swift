/// The app's script, served at `/assets/app.js` (embedded). Every page works without it;
/// it adds answers as you type and keyboard navigation to Lookup, dropping a file onto
/// Annotate and Check, and copy buttons. Text from answers is set with `textContent` only.
enum AppScript {
    static let js = #"""
        "use strict";
        (function () {
          function el(tag, cls, text) {
            var node = document.createElement(tag);
            if (cls) node.className = cls;
            if (text !== undefined && text !== null) node.textContent = text;
            return node;
          }

          // Lookup: answers as you type, arrow keys to move, Enter to open.
          var box = document.getElementById("q");
          var answer = document.getElementById("answer");
          if (box && answer) {
            var timer = null, sequence = 0;
            function links() { return Array.prototype.slice.call(answer.querySelectorAll("ol.results a")); }
            function activate(index) {
              var all = links();
              all.forEach(function (a) { a.classList.remove("active"); a.removeAttribute("aria-selected"); });
              if (index >= 0 && index < all.length) { all[index].classList.add("active"); all[index].setAttribute("aria-selected", "true"); all[index].scrollIntoView({block: "nearest"}); }
            }
            function activeIndex() { return links().findIndex(function (a) { return a.classList.contains("active"); }); }
            function render(data) {
              answer.textContent = "";
              if (data.layer === "dictionary") {
                answer.appendChild(el("p", "hint", "Not in the glossary. CC-CEDICT (dictionary layer, not a curated rendering) has " + data.word + ":"));
                var list = el("ol", "results");
                data.entries.forEach(function (entry) {
                  var li = el("li"), row = el("a");
                  row.href = "#";
                  row.appendChild(el("span", "zh", entry.simplified));
                  row.appendChild(el("span", "py", entry.pinyinNumbered));
                  row.appendChild(el("span", "en", entry.senses.join("; ")));
                  row.appendChild(el("span", "status", "dictionary"));
                  li.appendChild(row); list.appendChild(li);
                });
                answer.appendChild(list);
                return;
              }
              if (!data.results.length) {
                var p = el("p", "hint", data.query.trim() ? "No glossary entry for this." : "");
                answer.appendChild(p);
                if (data.suggestions && data.suggestions.length) {
                  answer.appendChild(el("p", "hint", "Did you mean:"));
                  var ul = el("ol", "results");
                  data.suggestions.forEach(function (s) {
                    var li = el("li"), a = el("a");
                    a.href = "/terms/" + encodeURIComponent(s.id);
                    a.appendChild(el("span", "zh", s.zh)); a.appendChild(el("span", "py", s.matched));
                    a.appendChild(el("span", "en", s.en)); a.appendChild(el("span", "why", "close"));
                    li.appendChild(a); ul.appendChild(li);
                  });
                  answer.appendChild(ul);
                }
                return;
              }
              var ol = el("ol", "results");
              ol.id = "results";
              data.results.forEach(function (result) {
                var li = el("li"), a = el("a");
                a.href = "/terms/" + encodeURIComponent(result.entry.id);
                a.appendChild(el("span", "zh", result.entry.zh));
                a.appendChild(el("span", "py", result.pinyin || ""));
                a.appendChild(el("span", "en", result.entry.en));
                a.appendChild(el("span", "status status-" + result.entry.status, result.entry.status));
                li.appendChild(a); ol.appendChild(li);
              });
              answer.appendChild(ol);
            }
            function ask() {
              var query = box.value, mine = ++sequence;
              history.replaceState(null, "", query ? "/lookup?q=" + encodeURIComponent(query) : "/lookup");
              if (!query.trim()) { answer.textContent = ""; return; }
              fetch("/api/lookup?limit=20&q=" + encodeURIComponent(query), {headers: {"Accept": "application/json"}})
                .then(function (r) { return r.json(); })
                .then(function (data) { if (mine === sequence && !data.error) render(data); })
                .catch(function () {});
            }
            box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 80); });
            box.addEventListener("keydown", function (event) {
              var index = activeIndex(), count = links().length;
              if (event.key === "ArrowDown" && count) { event.preventDefault(); activate(Math.min(count - 1, index + 1)); }
              else if (event.key === "ArrowUp" && count) { event.preventDefault(); activate(Math.max(0, index - 1)); }
              else if (event.key === "Enter" && index >= 0) { event.preventDefault(); window.location.href = links()[index].href; }
              else if (event.key === "Escape") { activate(-1); }
            });
          }

          // Annotate and Check: a file dropped anywhere on the page goes into the file field.
          var file = document.querySelector("input[type=file][data-drop]");
          var zone = document.getElementById("drop");
          if (file && zone) {
            var shown = zone.querySelector(".hint");
            ["dragenter", "dragover"].forEach(function (name) {
              document.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
            });
            ["dragleave", "drop"].forEach(function (name) {
              document.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove("over"); });
            });
            document.addEventListener("drop", function (event) {
              if (event.dataTransfer && event.dataTransfer.files.length) {
                file.files = event.dataTransfer.files;
                if (shown) shown.textContent = "Ready: " + event.dataTransfer.files[0].name;
              }
            });
          }

          // Copy buttons: copy the text of the element named by data-copy.
          Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
              var source = document.getElementById(button.getAttribute("data-copy"));
              if (!source || !navigator.clipboard) return;
              navigator.clipboard.writeText(source.textContent).then(function () { button.textContent = "Copied"; });
            });
          });
        })();
        """#
}
