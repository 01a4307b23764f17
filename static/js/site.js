// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
    // Collapsible main navigation on small screens.
    const nav = document.querySelector(".main-nav");
    const toggle = nav && nav.querySelector(".main-nav__toggle");
    if (toggle) {
        toggle.hidden = false;
        toggle.addEventListener("click", () => {
            const open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            nav.classList.toggle("is-open", !open);
        });
    }
});

// WCAG 1.4.13: a rating's definition shown on hover or focus can be dismissed with Escape.
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".rating:hover, .rating:focus").forEach((rating) => rating.classList.add("is-dismissed"));
});
document.addEventListener("focusout", (event) => {
    if (event.target.classList && event.target.classList.contains("rating")) event.target.classList.remove("is-dismissed");
});
document.addEventListener("mouseout", (event) => {
    const rating = event.target.closest && event.target.closest(".rating");
    if (rating) rating.classList.remove("is-dismissed");
});
