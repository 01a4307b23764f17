// Progressive enhancement for the toolkit listing: the compare form works without this file.
document.addEventListener("DOMContentLoaded", () => {
    const form = document.querySelector("[data-compare-form]");
    if (!form) return;
    const MIN = 2;
    const MAX = 4;
    const status = form.querySelector("[data-compare-status]");
    const boxes = Array.from(form.querySelectorAll('input[name="items"]'));

    // Say how many are chosen; at four, the other boxes are disabled so a fifth cannot be added.
    const update = () => {
        const chosen = boxes.filter((box) => box.checked).length;
        boxes.forEach((box) => { box.disabled = !box.checked && chosen >= MAX; });
        form.classList.toggle("has-choice", chosen > 0);
        if (chosen === 0) status.textContent = "";
        else if (chosen < MIN) status.textContent = `${chosen} gekozen: kies er nog minstens ${MIN - chosen}.`;
        else status.textContent = `${chosen} van maximaal ${MAX} gekozen.`;
    };
    form.addEventListener("change", update);
    form.addEventListener("submit", (event) => {
        if (boxes.filter((box) => box.checked).length < MIN) {
            event.preventDefault();
            status.textContent = `Kies minstens ${MIN} aanpakken om te vergelijken.`;
        }
    });
    update();
});
