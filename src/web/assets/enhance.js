// Progressive enhancement only: every page works without this file.
// 1. Focus the error summary on load so screen-reader and keyboard users hear it first.
// 2. A "print" button on the keuzehulp result.
// 3. Before printing, folded-away reasons and sources are opened (and closed again after),
//    for browsers whose print stylesheet cannot open <details> itself.
(() => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary instanceof HTMLElement) summary.focus();
  for (const button of document.querySelectorAll("[data-print]")) {
    if (button instanceof HTMLButtonElement) {
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    }
  }
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [
      ...document.querySelectorAll("main details:not([open]):not(.hw-not-suitable):not(.hw-no-print)"),
    ];
    for (const details of opened) details.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
})();
