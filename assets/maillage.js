// Progressive enhancement only: every page works without this file.
// htmx requests carry the session's CSRF token like the forms do.
document.addEventListener("htmx:configRequest", (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers["X-CSRF-Token"] = meta.content;
});
// After an error summary is shown, move the focus to it so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("resume-erreurs");
  if (summary) summary.focus();
});
// Territory maps: the panel beside the map shows the hovered or focused territory's details
// (from its data-* attributes), and a ring is drawn around it above its neighbours.
document.addEventListener("DOMContentLoaded", () => {
  for (const svg of document.querySelectorAll("svg.territory-map-svg")) {
    const panel = document.getElementById(svg.dataset.mapPanel);
    const rings = svg.querySelectorAll(".territory-map-focus-outer, .territory-map-focus-inner");
    const show = (area) => {
      const path = area.querySelector("path");
      for (const ring of rings) ring.setAttribute("href", "#" + path.id);
      if (!panel) return;
      const name = document.createElement("p");
      name.className = "fw-semibold mb-1";
      name.textContent = area.dataset.name;
      const value = document.createElement("p");
      value.className = "mb-1";
      value.textContent = area.dataset.value;
      const details = document.createElement("ul");
      details.className = "mb-0 ps-3";
      for (const line of (area.dataset.details || "").split("\n")) {
        if (!line) continue;
        const item = document.createElement("li");
        item.textContent = line;
        details.append(item);
      }
      panel.replaceChildren(name, value, details);
    };
    for (const area of svg.querySelectorAll("a.territory-map-area")) {
      area.addEventListener("mouseenter", () => show(area));
      area.addEventListener("focus", () => show(area));
    }
  }
});
