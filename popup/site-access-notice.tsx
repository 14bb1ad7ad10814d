import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import * as t from './strings.js';

/** Sites whose access the user withdrew in the browser: said, with the way back, rather than shown as unread. */
export function SiteAccessNotice({withoutAccess, catalog}: {withoutAccess: readonly string[]; catalog: SiteCatalog}) {
	const names = withoutAccess.map(id => catalog.find(site => site.id === id)?.name ?? id);
	if (names.length === 0) {
		return null;
	}

	return (
		<div class="notice notice-not-read" role="alert" data-without-access={withoutAccess.join(' ')}>
			<p>{t.siteAccessLost(names.join(', '))}</p>
			<p>{t.siteAccessHowBack}</p>
		</div>
	);
}
