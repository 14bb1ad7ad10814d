import type {Audience} from '../../../src/core/model/audience.js';
import type {LabelTable} from '../../define-site-readers.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';

const audienceKeys: ReadonlyArray<[string, Audience]> = [
	['audiencePublic', 'public'],
	['audienceFriendsOfFriends', 'friends-of-friends'],
	['audienceFriends', 'friends'],
	['audienceCustom', 'custom'],
	['audienceOnlyMe', 'only-me'],
];

/**
 * `text.replace(/[.\s]+$/, '')` in one pass from the end: the regex retries from every dot of a
 * run, so a long run of dots in a page's label would take quadratic time.
 */
function withoutTrailingDots(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) {
		end--;
	}

	return text.slice(0, end);
}

/** "Friends." / "Only me. " / "Your friends of friends" → an audience; anything else → undefined. */
export function parseAudience(text: string, labels: LabelTable): Audience | undefined {
	const cleaned = withoutTrailingDots(normalizeText(text));
	for (const [key, audience] of audienceKeys) {
		if (wordings(labels[key]).some(wording => withoutTrailingDots(wording) === cleaned)) {
			return audience;
		}
	}

	return undefined;
}

/** The audience named after a "Shared with " / "Edit privacy. Sharing with " prefix, if any. */
export function audienceAfterPrefix(text: string, labels: LabelTable): {matched: boolean; audience?: Audience} {
	const normalized = normalizeText(text);
	for (const prefix of wordings(labels.sharedWith)) {
		if (normalized.startsWith(prefix.trimEnd())) {
			const rest = normalized.slice(prefix.trimEnd().length);
			return {matched: true, audience: parseAudience(rest, labels)};
		}
	}

	return {matched: false};
}
