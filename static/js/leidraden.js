// Progressive enhancement for guides: a "kopieer link" button next to each recommendation's deep
// link. Without this script the full link stays visible as text and can be copied by hand.
document.querySelectorAll("[data-copy-link]").forEach((button) => {
    const deeplink = button.closest(".deeplink");
    const status = deeplink.querySelector(".deeplink__status");
    const link = deeplink.querySelector(".deeplink__url");
    button.hidden = false;
    button.addEventListener("click", async () => {
        try {
            await navigator.clipboard.writeText(button.dataset.copyLink);
            status.textContent = "Link gekopieerd.";
        } catch {
            // No clipboard access (an older browser or a refused permission): select the link instead.
            window.getSelection().selectAllChildren(link);
            status.textContent = "Kopiëren lukte niet: de link is geselecteerd, kopieer hem met Ctrl+C of ⌘+C.";
        }
    });
});
