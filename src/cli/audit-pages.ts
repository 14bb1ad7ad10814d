import {parsePage} from './parse-page.js';
import {detectReadablePage} from '../../content-scripts/detect-readable-page.js';
import {extractPage} from '../../content-scripts/extract-page.js';
import {siteReaders} from '../../content-scripts/sites/index.js';
import type {Finding} from '../core/model/audit.js';
import type {Observations} from '../core/model/fields.js';
import type {PageStatus} from '../core/model/page-reading.js';
import {catalog} from '../i18n/en/index.js';
import {renderMessage, ruleTitle} from '../i18n/render.js';
import {withBioKinds} from '../core/bio/bio-observations.js';
import {auditOf, recordPage} from '../core/audit/record-page.js';
import type {StoredPages} from '../core/model/stored-pages.js';

export type PageInput = {url: string; html: string};

export type AuditedPage = {
	url: string;
	site: string | null;
	pageKind: string | null;
	status: PageStatus | 'not-audited';
	ownProfile: boolean;
	fields: Observations;
};

export type AuditOutput = {
	pages: AuditedPage[];
	/** In English: the rule's title, and what is exposed (or why it could not be checked). */
	findings: Array<Pick<Finding, 'ruleId' | 'site' | 'status' | 'severity' | 'missing'> & {title: string; exposure: string}>;
};

/**
 * The extension's pipeline without the browser: detect each page by its URL, read it with the same
 * extractors (in jsdom, scripts off: a saved page is hostile input too), and merge the readings in
 * the given order exactly as the background worker merges the pages it is sent.
 */
export function auditPages(inputs: readonly PageInput[]): AuditOutput {
	let stored: StoredPages = {};
	const pages: AuditedPage[] = [];
	inputs.forEach(({url, html}, index) => {
		const detected = detectReadablePage(siteReaders, url);
		if (!detected) {
			pages.push({url, site: null, pageKind: null, status: 'not-audited', ownProfile: false, fields: {}});
			return;
		}

		const reading = extractPage(detected, parsePage(html, url));
		const ownProfile = reading.status !== 'not-own-profile' && reading.status !== 'account-unconfirmed' && reading.status !== 'logged-out';
		// The bio's kinds, as the extension keeps them; its text is never printed.
		pages.push({url, site: reading.site, pageKind: reading.pageKind, status: reading.status, ownProfile, fields: withBioKinds(reading).observations});
		stored = recordPage(stored, reading, index + 1)?.pages ?? stored;
	});

	const audit = auditOf(stored, inputs.length);
	const findings = [...audit.sites.flatMap(site => site.findings), ...audit.across ?? []]
		.map(({ruleId, site, status, severity, exposure: reference, missing}) => {
			const [title, exposure] = [ruleTitle(catalog, ruleId), renderMessage(catalog, reference)];
			return missing ? {ruleId, site, status, severity, title, exposure, missing} : {ruleId, site, status, severity, title, exposure};
		});
	return {pages, findings};
}
