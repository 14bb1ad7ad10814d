import reddit from '../../../src/core/sites/reddit.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {labelsEn} from '../../../src/core/labels/reddit/en.js';
import {identifyReddit} from './identify.js';
import {chosenAudience, keepsAllPublic, labelledSwitch} from './read-settings.js';

// Matches only label texts, roles, aria-checked / checked and the faceplate-* element names
// (platform-pages-3.md §4.3): shreddit's classes are styling. Its settings rows sit in open shadow
// roots, which the page walk enters (dom/walk-page.ts); closed ones are never read.

export default defineSiteReaders(reddit, {
	languages: {en: labelsEn},
	contentRoot: 'main, [role="main"]',
	// Posts, comments and feeds, should a settings page ever show one: shreddit's element names (M,
	// userscripts 2024–26) and the landmarks any feed carries. Never a settings row.
	skip: 'shreddit-post, shreddit-comment, shreddit-feed, article, [role="article"], [role="feed"]',
	identify: identifyReddit,
	// No profile page is read (own-profile markers unknown, §4.6).
	showsOwnerControls: () => false,
	pages: {
		// The settings render server-side into declarative shadow roots (§4.3): present once `main` is.
		'settings-privacy': {
			ready: 'main',
			fields: {
				searchEngineLinking: labelledSwitch('searchResults'),
				personalizedAds: labelledSwitch('personalizedAds', {any: true}),
				locationRecommendations: labelledSwitch('locationRecommendations'),
				onlineStatusShown: labelledSwitch('onlineStatus'),
				messageRequestsFrom: chosenAudience('chatRequestsRow'),
				privateMessagesFrom: chosenAudience('privateMessagesRow'),
			},
		},
		'settings-profile': {
			ready: 'main',
			fields: {
				followersAllowed: labelledSwitch('followers'),
				profileContentPublic: keepsAllPublic,
				activeCommunitiesShown: labelledSwitch('activeCommunities'),
				profileDiscoverable: labelledSwitch('contentVisibility'),
			},
		},
	},
});
