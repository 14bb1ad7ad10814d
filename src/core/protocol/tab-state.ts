import type {PageStatus} from '../model/page-reading.js';

/**
 * How far a supported site's tab got: a reading's status, "reading" while an audited page is awaited,
 * or "not-audited" on one of the site's other pages (then pageKind is '').
 */
export type TabStatus = PageStatus | 'reading' | 'not-audited';

/** What the popup knows about the tab it was opened on. Kept in session storage only. */
export type TabState = {site: string; pageKind: string; status: TabStatus; at: number};
