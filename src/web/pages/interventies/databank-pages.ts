import type { Intervention } from "../../../domain/types.js";

/**
 * Whether an address is an intervention's own page in the NJi's Databank Effectieve
 * Jeugdinterventies: nji.nl/interventies/… or the older nji.nl/nl/Databank/…. News items
 * on nji.nl and other registers (NCJ, CEBC) are sources, not Databank pages.
 */
function isDatabankPage(address: string): boolean {
  const url = new URL(address);
  if (url.hostname !== "www.nji.nl" && url.hostname !== "nji.nl") return false;
  return url.pathname.startsWith("/interventies/") || url.pathname.startsWith("/nl/Databank/");
}

/**
 * The intervention's Databank pages that the content cites (recognitions, facts, summary
 * and note sources), in the content's order: only addresses a curator entered, never one
 * built from the name. Empty when the content knows none.
 */
export function databankPages(intervention: Intervention): string[] {
  const cited = [
    ...intervention.recognitions.map((r) => r.source),
    ...intervention.facts.map((f) => f.source),
    ...(intervention.summary.sources ?? []),
    ...intervention.notes.flatMap((n) => n.sources),
  ];
  return [...new Set(cited.filter((source) => /^https?:\/\//.test(source) && isDatabankPage(source)))];
}
