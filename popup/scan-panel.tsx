import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import {isRunning, scanProgress, type ScanState} from '../src/core/scan/scan-state.js';
import * as t from './strings.js';

const nameOf = (catalog: SiteCatalog, site: string) => catalog.find(entry => entry.id === site)?.name ?? site;

/**
 * "Scan all": one button; while running, per-site progress ("Facebook 3/9 · X 2/8") announced
 * politely and a cancel button; after it ends, which sites were signed out or unreadable.
 */
export function ScanPanel({scan, catalog, onStart, onCancel}: {
	scan: ScanState | undefined; catalog: SiteCatalog; onStart: () => void; onCancel: () => void;
}) {
	const running = isRunning(scan);
	const progress = scan ? scanProgress(scan) : [];
	return (
		<section class="scan" aria-labelledby="scan-title" data-phase={scan?.phase ?? 'none'}>
			<h2 id="scan-title" class="visually-hidden">{t.scanAll}</h2>
			{running
				? <button type="button" class="scan-cancel" onClick={onCancel}>{t.cancelScan}</button>
				: <button type="button" class="scan-start primary" onClick={onStart}>{t.scanAll}</button>}
			<div role="status" aria-live="polite" class="scan-status">
				{running && (
					<p class="scan-progress">
						{t.scanning}{' '}
						{progress.map(site => t.siteProgress(nameOf(catalog, site.site), site.done, site.total)).join(' · ')}
					</p>
				)}
				{scan?.phase === 'cancelled' && scan.cancelReason && <p>{t.scanCancelled[scan.cancelReason]}</p>}
				{!running && scan && (
					<ul class="scan-outcome">
						{progress.filter(site => site.signedOut).map(site => <li key={site.site} data-signed-out={site.site}>{t.notSignedIn(nameOf(catalog, site.site))}</li>)}
						{progress.filter(site => site.unread > 0).map(site => <li key={site.site} data-unread={site.site}>{t.pagesUnread(nameOf(catalog, site.site), site.unread)}</li>)}
					</ul>
				)}
			</div>
			{!running && !scan && <p class="hint">{t.scanAllHelp}</p>}
		</section>
	);
}
