/** The sites and pages Overshare can read, as plain data: the popup's "open these pages" guidance, and the plan of "Scan all". */
export type SiteCatalog = Array<{id: string; name: string; pages: Array<{pageKind: string; title: string; url: string; reachedByClick?: string}>}>;
