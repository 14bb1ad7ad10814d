import youtube from '../../../src/core/sites/youtube.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {labelsEn} from '../../../src/core/labels/youtube/en.js';
import {anyMatches} from '../../dom/any-matches.js';
import {findLabelled} from '../../find-labelled.js';
import {identifyYouTube} from './identify.js';
import {channelCountry, channelDescription, channelEmail, channelLinkCount} from './read-channel-about.js';
import {savedPlaylistsPublic, subscriptionsAudience} from './read-privacy.js';

// Reads the embedded `ytInitialData` first (platform-pages-3.md §3.3): YouTube's class names are
// generated and its settings DOM is unknown, so the rendered page is used only for the live switch
// and the owner's buttons, by id, href and ARIA.

/**
 * Your own channel's header has "Customize channel"; anyone else's a subscribe button (guess, L: the
 * rendered header is not in the reference). Read by the label, so a page sample keeps it.
 */
const othersOnly = ['yt-subscribe-button-view-model', 'ytd-subscribe-button-renderer'];

export default defineSiteReaders(youtube, {
	languages: {en: labelsEn},
	contentRoot: 'body',
	// Video grids and comments are never a label or a control of what is read.
	skip: 'ytd-rich-grid-renderer, ytd-comments, ytd-item-section-renderer#sections',
	identify: identifyYouTube,
	showsOwnerControls: context => findLabelled(context, 'customizeChannel').length > 0 && !anyMatches(context.document, othersOnly),
	pages: {
		'account-privacy': {
			ready: '[role="switch"], [aria-pressed], input[type="checkbox"]',
			// Polymer's toggle first: a tag is the search Chromium answers fastest.
			readAround: ['tp-yt-paper-toggle-button', '[role="switch"]', '[aria-pressed]', 'input[type="checkbox"]'],
			fields: {
				followingListAudience: subscriptionsAudience,
				savedPlaylistsPublic,
			},
		},
		'channel-about': {
			ready: `yt-page-header-view-model, #page-header, ${othersOnly.join(', ')}`,
			// The channel's header holds its owner's buttons; an id is the search Chromium answers fastest.
			readAround: ['#page-header', 'yt-page-header-view-model'],
			fields: {
				channelCountry,
				channelLinkCount,
				email: channelEmail,
			},
			bio: channelDescription,
		},
	},
});
