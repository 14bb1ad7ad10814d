import type {FieldId} from '../model/fields.js';
import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages-2.md §2 (2025–26) and platform-pages.md §3.

/** A page of the viewer's own account at one or more www.instagram.com/accounts/<path>/ routes. */
const accountPage = <const F extends readonly FieldId[]>(paths: readonly string[], fields: F) => ({
	url: `https://www.instagram.com/accounts/${paths[0]}/`,
	matches: (url: URL) => paths.some(path => pathOnHost('www.instagram.com', url) === `/accounts/${path}`),
	owner: 'account',
	fields,
	examples: paths.flatMap(path => [`https://www.instagram.com/accounts/${path}/`, `https://www.instagram.com/accounts/${path}`]),
} as const);

export default defineSite({
	id: 'instagram',
	name: 'Instagram',
	// Accounts Center has its own host (platform-pages.md §3.1, L): personal details live there.
	matches: ['https://www.instagram.com/*', 'https://accountscenter.instagram.com/*'],
	checkupUrl: 'https://www.instagram.com/accounts/who_can_see_your_content/',
	readIn: ['en'],
	pages: {
		// Both routes are evidenced and neither is known to be canonical (platform-pages-2.md §2.1, §6).
		'account-privacy': accountPage(['who_can_see_your_content', 'privacy_setting'], ['accountPrivate']),
		// The suggestions switch, and the bio: its text is scanned in the background and only the kinds
		// found are kept. Never the name or any other form field.
		'edit-profile': {...accountPage(['edit'], ['accountSuggestions']), readsBio: true},
		// Who can tag and mention you, and whether tags wait for your approval (platform-pages-2.md §2.4,
		// L–M: labels from a clone of the real UI, radio and switch markup never observed).
		'tags-and-mentions': accountPage(['tags_and_mentions'], ['photoTagging', 'reviewTaggedPosts', 'mentionsFrom']),
		// Where messages from people you don't follow go (platform-pages-2.md §2.1: the path is L; the
		// choices are the app's, risks-and-settings.md (b), M). Fills the field the guided question asks
		// about: a reading newer than the answer wins (src/core/audit/merge-observations.ts).
		'messages-and-story-replies': accountPage(['messages_and_story_replies'], ['instagramApp.messageRequests']),
		// The apps with access to the account (platform-pages.md §3.1 M for the path; the page's markup
		// is not documented, L).
		'apps-and-websites': accountPage(['manage_access'], ['activeAppCount']),
		// Only whether a birthday and which kinds of contact point are on the account: never the values.
		'accounts-center-personal-details': {
			// platform-pages.md §3.1: by analogy with Facebook's Accounts Center, not verified (L).
			facts: {confirmed: '2026', confidence: 'L'},
			url: 'https://accountscenter.instagram.com/personal_info/',
			matches: url => pathOnHost('accountscenter.instagram.com', url) === '/personal_info',
			owner: 'account',
			fields: ['birthdayOnAccount', 'phoneOnAccount', 'emailOnAccount'],
			examples: ['https://accountscenter.instagram.com/personal_info/', 'https://accountscenter.instagram.com/personal_info/?entrypoint=instagram_web'],
		},
	},
});
