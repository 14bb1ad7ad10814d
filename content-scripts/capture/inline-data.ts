/**
 * Page data some sites assign in classic inline scripts rather than JSON scripts (Google's
 * `window.WIZ_global_data = {…};`, §2.3; YouTube's `var ytInitialData = {…};` and `ytcfg.set({…});`,
 * platform-pages-3.md §3.3). A page sample keeps no
 * code, so such data is kept as a JSON script with the name as its id, which the site's readers also
 * read (content-scripts/sites/youtube/initial-data.ts): the data, never the code around it. Of the
 * config, only the keys identify looks at.
 */
const assignments: ReadonlyArray<readonly [id: string, prefix: RegExp, keys?: readonly string[]]> = [
	// Google Account's signed-in account (platform-pages-3.md §2.3): the whole object, redacted like any page data.
	['WIZ_global_data', /^window\.WIZ_global_data\s*=\s*/],
	['ytInitialData', /^(?:var ytInitialData ?= ?|window\["ytInitialData"\] = )/],
	['ytcfg', /^(?:\(function\(\) \{window\.ytcfg = window\.ytcfg \|\| \{\};\}\)\(\);)?ytcfg\.set\(/, ['LOGGED_IN']],
];

/** The data of one inline script as `{id, json}`, or undefined when it is not one of the known assignments. */
export function inlineData(text: string): {id: string; json: string} | undefined {
	const trimmed = text.trim();
	for (const [id, prefix, keys] of assignments) {
		const match = prefix.exec(trimmed);
		if (!match) {
			continue;
		}

		const body = trimmed.slice(match[0].length).replace(keys ? /\);?$/ : /;$/, '');
		let parsed: unknown;
		try {
			parsed = JSON.parse(body);
		} catch {
			return undefined;
		}

		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			return undefined;
		}

		const kept = keys ? Object.fromEntries(keys.filter(key => Object.hasOwn(parsed, key)).map(key => [key, (parsed as Record<string, unknown>)[key]])) : parsed;
		return {id, json: JSON.stringify(kept)};
	}

	return undefined;
}
