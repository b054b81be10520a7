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
