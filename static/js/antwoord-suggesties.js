// Vraagpunt form: while a visitor types a question, show published answers that may already
// answer it. Progressive enhancement: without JavaScript the form works the same, minus the list.
(function () {
    "use strict";
    var form = document.querySelector("form[data-suggest-url]");
    if (!form || !window.fetch) { return; }
    var field = form.querySelector("textarea[name=question]");
    var box = document.getElementById("answer-suggestions");
    if (!field || !box) { return; }
    var url = form.getAttribute("data-suggest-url");
    var timer = null;
    var lastQuery = "";

    function show(answers) {
        box.textContent = "";
        if (!answers.length) { return; }
        var heading = document.createElement("h3");
        heading.textContent = "Misschien is je vraag al beantwoord";
        var list = document.createElement("ul");
        answers.forEach(function (answer) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = answer.url;
            link.textContent = answer.titel;
            item.appendChild(link);
            list.appendChild(item);
        });
        box.appendChild(heading);
        box.appendChild(list);
    }

    function lookUp() {
        var query = field.value.trim();
        if (query.length < 8 || query === lastQuery) { return; }
        lastQuery = query;
        fetch(url + "?q=" + encodeURIComponent(query.slice(0, 500)), { headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : { antwoorden: [] }; })
            .then(function (data) { if (query === lastQuery) { show(data.antwoorden || []); } })
            .catch(function () { /* no suggestions: the form still works */ });
    }

    field.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(lookUp, 350);
    });
})();
