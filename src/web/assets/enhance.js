// Progressive enhancement only: every page works without this file.
// 1. Focus the error summary on load so screen-reader and keyboard users hear it first.
// 2. A "print" button on the keuzehulp result.
(() => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary instanceof HTMLElement) summary.focus();
  for (const button of document.querySelectorAll("[data-print]")) {
    if (button instanceof HTMLButtonElement) {
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    }
  }
})();
