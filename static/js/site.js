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
    // "Print of bewaar als PDF": the print stylesheet makes the page an A4 document.
    document.querySelectorAll("[data-print]").forEach((button) => {
        button.hidden = false;
        button.addEventListener("click", () => window.print());
    });
});

// WCAG 1.4.13: a figure's definition shown on hover or focus can be dismissed with Escape.
const EXPLAINED = ".figure[tabindex], .rating[tabindex]";
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll(`:is(${EXPLAINED}):is(:hover, :focus)`).forEach((figure) => figure.classList.add("is-dismissed"));
});
document.addEventListener("focusout", (event) => {
    if (event.target.matches && event.target.matches(EXPLAINED)) event.target.classList.remove("is-dismissed");
});
document.addEventListener("mouseout", (event) => {
    const figure = event.target.closest && event.target.closest(EXPLAINED);
    if (figure) figure.classList.remove("is-dismissed");
});
