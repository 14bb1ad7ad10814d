/**
 * The sites and pages Overshare can read, as plain data: the popup's "open these pages" guidance, and
 * the plan of "Scan all". Page titles are words: the UI language's catalog names each page kind.
 */
export type SiteCatalog = Array<{id: string; name: string; pages: Array<{pageKind: string; url: string; reachedByClick?: true}>}>;
