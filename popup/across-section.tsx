import type {Audit, SiteAudit} from '../src/core/model/audit.js';
import {acrossSites} from '../src/core/model/audit.js';
import {scoreFindings} from '../src/core/audit/score.js';
import {Checklist} from './checklist.js';
import * as t from './strings.js';

/** Findings that combine several of the user's sites, in one section after the sites. */
export function AcrossSection({audit}: {audit: Audit}) {
	const findings = audit.across ?? [];
	if (findings.length === 0) {
		return null;
	}

	const headingId = `site-${acrossSites}`;
	const asSite: SiteAudit = {site: acrossSites, siteName: t.acrossHeading, findings, pagesRead: [], pagesToVisit: [], score: scoreFindings(findings)};
	return (
		<section class="site across" aria-labelledby={headingId} data-site={acrossSites}>
			<h2 id={headingId}>{t.acrossHeading}</h2>
			<p class="across-intro">{t.acrossIntro}</p>
			<Checklist site={asSite}/>
		</section>
	);
}
