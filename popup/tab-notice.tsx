import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import type {TabState} from '../src/core/protocol/tab-state.js';
import {uiLanguage} from '../src/i18n/t.js';
import {tagOf} from '../src/i18n/languages.js';
import * as e from './engine-texts.js';
import {ExternalLink} from './external-link.js';
import * as t from './strings.js';

/** The languages a site is read in, named in the UI language: "English, Spanish, or German". */
function readableLanguages(readIn: readonly string[]): string {
	const ui = tagOf(uiLanguage());
	const names = new Intl.DisplayNames(ui, {type: 'language'});
	return new Intl.ListFormat(ui, {type: 'disjunction'}).format(readIn.map(language => names.of(language) ?? language));
}

/**
 * What happened on the tab the popup was opened over: read, not read and why, still reading, a page
 * of a supported site that Overshare does not check (with the ones it does), or a tab no content
 * script reported from at all (another site, or a page opened before Overshare was installed).
 * Opened as a page of its own (`overTab` false), the popup has no tab to talk about.
 */
export function TabNotice({tab, overTab = false, catalog}: {tab: TabState | undefined; overTab?: boolean; catalog: SiteCatalog}) {
	if (!tab) {
		if (!overTab) {
			return null;
		}

		const names = new Intl.ListFormat(tagOf(uiLanguage()), {type: 'conjunction'}).format(catalog.map(site => site.name));
		return <p class="notice notice-not-read" data-tab-status="not-supported">{t.notSupportedTab(names)}</p>;
	}

	const site = catalog.find(entry => entry.id === tab.site);
	if (tab.status === 'not-audited') {
		return (
			<div class="notice notice-not-read" data-tab-status={tab.status}>
				<p>{t.notAuditedPage(site?.name ?? tab.site)}</p>
				<ul class="page-links">
					{(site?.pages ?? []).map(page => <li key={page.pageKind}><ExternalLink href={page.url}>{e.page(tab.site, page.pageKind)}</ExternalLink></li>)}
				</ul>
			</div>
		);
	}

	const title = e.page(tab.site, tab.pageKind);
	if (tab.status === 'read' || tab.status === 'reading') {
		return <p class="notice notice-read" data-tab-status={tab.status}>{tab.status === 'read' ? t.readThisPage(title) : t.readingThisPage(title)}</p>;
	}

	if (tab.status === 'language-unsupported') {
		return <p class="notice notice-not-read" data-tab-status={tab.status}>{t.languageUnsupported(site?.name ?? tab.site, readableLanguages(site?.readIn ?? ['en']))}</p>;
	}

	return <p class="notice notice-not-read" data-tab-status={tab.status}>{t.tabNotice[tab.status]}</p>;
}
