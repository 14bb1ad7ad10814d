import type {RuleTexts} from '../catalog.js';
import {redditSteps} from './fix-steps.js';

// Reddit's own rules (src/core/rules/reddit-*.ts); the rules it shares with other sites have their Reddit steps beside theirs.
export const redditRules: Readonly<Record<string, RuleTexts>> = {
	'reddit-followers-allowed': {
		title: 'Anyone on Reddit can follow you',
		why: 'Followers get what you post to your profile in their home feed, and no one approves them: a stranger can keep up with a pseudonymous account without asking.',
		ok: 'People cannot follow you.',
		exposures: {on: '"Allow people to follow you" is on'},
		steps: {reddit: redditSteps('Profile', 'Turn off "Allow people to follow you".')},
	},
	'reddit-profile-content-public': {
		title: 'Your profile shows all your posts and comments',
		why: 'Read together, a username\'s whole history often gives away where someone lives, works or studies, and deleted comments survive in third-party archives.',
		ok: 'Your profile does not show all your posts and comments.',
		exposures: {public: '"Keep all posts and comments public" is chosen'},
		steps: {reddit: redditSteps('Profile', 'Under "Content and activity", choose to curate or hide what your profile shows.')},
	},
	'reddit-active-communities': {
		title: 'Your profile lists the communities you are active in',
		why: 'The list sums up your interests at a glance, health, local and hobby communities included, and helps tie a pseudonymous account to the person behind it.',
		ok: 'Your profile does not list the communities you are active in.',
		exposures: {on: 'The communities you are active in are shown on your profile'},
		steps: {reddit: redditSteps('Profile', 'Turn off the setting that shows which communities you are active in.')},
	},
	'reddit-online-status': {
		title: 'Reddit shows when you are online',
		why: 'An online indicator tells everyone you chat with when you are on, late at night included.',
		ok: 'Reddit does not show when you are online.',
		exposures: {on: 'Your online status is shown'},
		steps: {reddit: redditSteps('Privacy', 'Turn off "Show that you\'re active on Reddit".')},
	},
	'reddit-messages-from-everyone': {
		title: 'Anyone on Reddit can send you private messages',
		why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024).',
		ok: 'Strangers cannot send you private messages.',
		exposures: {anyone: 'Anyone can send you private messages'},
		steps: {reddit: redditSteps('Privacy', 'At "Who can send you private messages", choose "Nobody", then add the people you trust.')},
	},
	'reddit-location-recommendations': {
		title: 'Reddit tailors what it shows you to your general location',
		why: 'Your location, inferred from your connection, becomes part of what Reddit keeps about you, and follows the account wherever you post from.',
		ok: 'Recommendations are not based on your location.',
		exposures: {on: '"Personalize recommendations based on your general location" is on'},
		steps: {reddit: redditSteps('Privacy', 'Turn off "Personalize recommendations based on your general location".')},
	},
	'reddit-profile-discoverable': {
		title: 'Strangers are shown your profile and its posts',
		why: 'Listed among users and in r/all, a profile reaches people who never looked for it, which makes a pseudonymous account easier to find and piece together.',
		ok: 'Your profile is not listed for strangers to discover.',
		exposures: {on: '"Content visibility" is on'},
		steps: {reddit: redditSteps('Profile', 'Turn off "Content visibility".')},
	},
};
