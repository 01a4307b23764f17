// The werkmap in the browser: progressive enhancement of links that work without JavaScript.
// Local storage holds the selection in the versioned URL format (werkmap/selection.py) and the
// team's answers; nothing of it is sent to the server.
const SELECTION = "leerpunt.werkmap.selectie";
const NOTES = "leerpunt.werkmap.notities";

function read(key, fallback) {
    try {
        return JSON.parse(localStorage.getItem(key)) ?? fallback;
    } catch {
        return fallback; // storage blocked or unreadable: behave as an empty werkmap
    }
}

function write(key, value) {
    try {
        localStorage.setItem(key, JSON.stringify(value));
    } catch {
        // storage full or blocked: the URL still holds the selection
    }
}

function withItem(query, key) {
    const params = new URLSearchParams(query);
    const [kind, value] = key.split("=");
    if (!params.getAll(kind).includes(value)) params.append(kind, value);
    params.delete("v");
    return "v=1&" + params.toString(); // the version first, as the server writes it
}

// "Bewaar in werkmap" on toolkit items, guides and recommendations.
function enhanceSaveLinks() {
    for (const link of document.querySelectorAll("[data-werkmap-key]")) {
        const status = link.parentElement.querySelector(".werkmap-bewaar__status");
        const saved = () => new URLSearchParams(read(SELECTION, "")).getAll(link.dataset.werkmapKey.split("=")[0]).includes(link.dataset.werkmapKey.split("=")[1]);
        const showSaved = () => {
            link.firstChild.textContent = "Bewaard in je werkmap";
            link.href = link.dataset.werkmapUrl + "?" + read(SELECTION, "");
        };
        if (saved()) showSaved();
        link.addEventListener("click", (event) => {
            if (saved()) return; // already in: the link opens the werkmap
            event.preventDefault();
            write(SELECTION, withItem(read(SELECTION, ""), link.dataset.werkmapKey));
            showSaved();
            if (status) status.textContent = "Toegevoegd aan je werkmap.";
        });
    }
}

function planAsMarkdown(text, notes) {
    return text.replace(/<!-- antwoord:([a-z-]+) -->/g, (marker, key) => (notes[key] || "").trim() || marker);
}

function enhanceWerkmapPage(root) {
    const query = root.dataset.werkmapQuery;
    const params = new URLSearchParams(location.search);
    const stored = read(SELECTION, "");
    if (!params.has("v") && !query && stored) {
        location.replace("?" + stored); // the bare /werkmap/ shows the werkmap kept in this browser
        return;
    }
    if (params.has("v")) write(SELECTION, query); // the URL is the werkmap being looked at

    const notes = read(NOTES, {});
    for (const field of root.querySelectorAll("[data-werkmap-note]")) {
        const key = field.dataset.werkmapNote;
        const printed = root.querySelector(`[data-werkmap-print-for="${key}"]`);
        field.value = notes[key] || "";
        printed.textContent = field.value;
        field.addEventListener("input", () => {
            notes[key] = field.value;
            printed.textContent = field.value;
            write(NOTES, notes);
        });
    }

    const printButton = root.querySelector("[data-werkmap-print]");
    if (printButton) {
        printButton.hidden = false;
        printButton.addEventListener("click", () => window.print());
    }
    const clearButton = root.querySelector("[data-werkmap-clear]");
    if (clearButton) {
        clearButton.hidden = false;
        clearButton.addEventListener("click", () => {
            write(SELECTION, "");
            write(NOTES, {});
            location.assign("?v=1");
        });
    }
    const download = root.querySelector("[data-werkmap-download]");
    if (download) {
        // The server writes the plan; the answers, which only this browser knows, are filled in here.
        download.addEventListener("click", async (event) => {
            event.preventDefault();
            const response = await fetch(download.href);
            const text = planAsMarkdown(await response.text(), read(NOTES, {}));
            const file = URL.createObjectURL(new Blob([text], { type: "text/markdown" }));
            const link = Object.assign(document.createElement("a"), { href: file, download: "werkmap-leerpunt.md" });
            document.body.append(link);
            link.click();
            link.remove();
            URL.revokeObjectURL(file);
        });
    }
}

enhanceSaveLinks();
const werkmapRoot = document.querySelector("[data-werkmap-page]");
if (werkmapRoot) enhanceWerkmapPage(werkmapRoot);
