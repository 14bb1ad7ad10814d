import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import * as e from './engine-texts.js';
import {ExternalLink} from './external-link.js';
import * as t from './strings.js';

/** Before any scan: which of the user's own pages to open, per site. */
export function EmptyState({catalog}: {catalog: SiteCatalog}) {
	return (
		<section class="empty">
			<p>{t.emptyIntro}</p>
			{catalog.map(site => (
				<div key={site.id} class="empty-site">
					<h2>{site.name}</h2>
					<ul class="page-links">
						{site.pages.map(page => (
							<li key={page.pageKind}><ExternalLink href={page.url}>{e.page(site.id, page.pageKind)}</ExternalLink></li>
						))}
					</ul>
				</div>
			))}
		</section>
	);
}
