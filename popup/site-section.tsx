import type {SiteAudit} from '../src/core/model/audit.js';
import {Checklist} from './checklist.js';
import {ForgetSite} from './forget-site.js';
import * as t from './strings.js';

/** One audited site: its name, its checklist, and a way to delete what was stored about it. */
export function SiteSection({site, onForget}: {site: SiteAudit; onForget: (site: string) => void}) {
	const headingId = `site-${site.site}`;
	return (
		<section class="site" aria-labelledby={headingId} data-site={site.site}>
			<h2 id={headingId}>{site.siteName}</h2>
			<Checklist site={site}/>
			<footer class="site-footer">
				<ForgetSite label={t.forgetSite(site.siteName)} question={t.forgetQuestion(site.siteName)} onForget={() => onForget(site.site)}/>
			</footer>
		</section>
	);
}
