import type {RuleTexts} from '../catalog.js';
import {youtubePrivacySteps, youtubeStudioSteps} from './fix-steps.js';

// YouTube's own rules (src/core/rules/saved-playlists-public.ts, channel-*.ts; platform-pages-3.md §3).
export const youtubeRules: Readonly<Record<string, RuleTexts>> = {
	'saved-playlists-public': {
		title: 'Anyone can see the playlists you saved on YouTube',
		why: 'The playlists you save show your interests, beliefs and habits to anyone who opens your channel, and tools that export them ask you to make them public first.',
		ok: 'Your saved playlists are private.',
		exposures: {public: 'Your saved playlists are shown on your channel to everyone'},
		steps: {youtube: youtubePrivacySteps('Keep all my saved playlists private')},
	},
	'channel-country-shown': {
		title: 'Your YouTube channel shows your country',
		why: 'A country is coarse on its own, but together with a name, a school or a city in a video it narrows down who and where you are (Pew Research, 2013: 71% of teens post their town).',
		ok: 'Your channel shows no country.',
		exposures: {shown: 'Your channel\'s About shows your country to everyone'},
		steps: {youtube: ['On your channel, select "Customize channel": YouTube Studio opens.', 'Open Settings › Channel › Basic info.', 'Clear "Country of residence" if YouTube lets you, then Save. If it does not, it stays on your About page.']},
	},
	'channel-links-shown': {
		title: 'Your YouTube channel links to your other accounts',
		why: 'Links on your channel tie it to your other accounts, so whatever one of them gives away, a stranger can join to the rest; pseudonymous accounts are unmasked this way.',
		ok: 'Your channel lists no links.',
		exposures: {links: {count: 'count', one: 'Your channel\'s About shows {count} link to everyone', other: 'Your channel\'s About shows {count} links to everyone'}},
		steps: {youtube: youtubeStudioSteps('Under "Links", delete the links you do not want strangers to follow.')},
	},
};
