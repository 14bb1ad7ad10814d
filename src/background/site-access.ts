import type {SiteAccess} from '../browser/tabs-and-alarms.js';
import {sites} from '../core/sites/index.js';

/**
 * The sites whose access the user withdrew (Firefox lets them, per site, from the extensions menu):
 * their content scripts no longer run, so the popup says which, and how to give access back. A check
 * that fails says nothing: it is a hint, never a reason to show a site as read or unread.
 */
export async function sitesWithoutAccess(access: SiteAccess): Promise<string[]> {
	const checks = await Promise.all(sites.map(async site => ({site: site.id, allowed: await access.allowed(site.matches).catch(() => true)})));
	return checks.filter(check => !check.allowed).map(check => check.site);
}
