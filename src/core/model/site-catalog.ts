/**
 * The sites and pages Overshare can read, as plain data: the popup's "open these pages" guidance, and
 * the plan of "Scan all", the languages a page must be in to be read. Page titles are words: the UI language's catalog names each page kind.
 */
export type SiteCatalog = Array<{id: string; name: string; readIn: readonly string[]; pages: Array<{pageKind: string; url: string; reachedByClick?: true}>}>;
