import type { Lang } from "../../domain/text.js";
import { RECOGNITION_LEVELS, type RecognitionLevel } from "../../domain/vocabulary.js";
import { engineTexts } from "../../engine/texts.js";

/**
 * The Databank's level names as the advice writes them: pages, cards and the advice
 * give one name per level (issue 11 found "Well-founded (goed onderbouwd)" on pages
 * beside "Well-founded" in the advice).
 */
export function recognitionNames(lang: Lang): Record<RecognitionLevel, string> {
  const texts = engineTexts(lang);
  return Object.fromEntries(
    RECOGNITION_LEVELS.map((level) => [level, texts.recognitionLevel(level)]),
  ) as Record<RecognitionLevel, string>;
}
