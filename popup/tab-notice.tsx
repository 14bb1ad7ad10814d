import type {SiteCatalog, TabState} from '../src/messages.js';
import * as t from './strings.js';

/** What happened on the tab the popup was opened over, when that tab is a supported site. */
export function TabNotice({tab, catalog}: {tab: TabState | undefined; catalog: SiteCatalog}) {
	if (!tab) {
		return null;
	}

	if (tab.status === 'read') {
		const title = catalog.find(site => site.id === tab.site)?.pages.find(page => page.pageKind === tab.pageKind)?.title ?? tab.pageKind;
		return <p class="notice notice-read" data-tab-status={tab.status}>{t.readThisPage(title)}</p>;
	}

	return <p class="notice notice-not-read" data-tab-status={tab.status}>{t.tabNotice[tab.status]}</p>;
}
