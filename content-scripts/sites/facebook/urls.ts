/** Facebook URL shapes (platform-pages-2.md §1.4: path form for vanity names, sk= for numeric ids). */

const profileHosts = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);

/** First path segments that are Facebook sections, never a profile's vanity name. */
const reservedPaths = new Set(['groups', 'pages', 'events', 'settings', 'watch', 'marketplace', 'gaming', 'messages', 'photo', 'story.php', 'privacy']);

/**
 * The About section a profile URL opens, e.g. "directory_contact_info" for
 * /jane.doe/directory_contact_info, /me/directory_contact_info or /profile.php?id=1&sk=directory_contact_info.
 */
export function aboutSection(url: URL): string | undefined {
	if (!profileHosts.has(url.hostname)) {
		return undefined;
	}

	const parts = url.pathname.split('/').filter(Boolean);
	if (parts[0] === 'profile.php' && parts.length === 1) {
		return url.searchParams.get('sk') ?? undefined;
	}

	if (parts[0] === undefined || reservedPaths.has(parts[0])) {
		return undefined;
	}

	if (parts.length === 2 && /^[\w.-]+$/.test(parts[0])) {
		return parts[1];
	}

	if (parts.length === 1) {
		return url.searchParams.get('sk') ?? undefined;
	}

	return undefined;
}

/** The tab of www.facebook.com/settings/?tab=…, e.g. "how_people_find_and_contact_you". */
export function settingsTab(url: URL): string | undefined {
	if (!profileHosts.has(url.hostname) || !/^\/settings\/?$/.test(url.pathname)) {
		return undefined;
	}

	return url.searchParams.get('tab') ?? undefined;
}

/** A path on accountscenter.facebook.com, without the trailing slash. */
export function accountsCenterPath(url: URL): string | undefined {
	return url.hostname === 'accountscenter.facebook.com' ? url.pathname.replace(/\/+$/, '') : undefined;
}
