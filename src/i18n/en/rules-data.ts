import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, xSteps} from './fix-steps.js';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party).
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'X can add your location to your posts',
		why: 'Location tags on posts let strangers work out where you live and when you are away ("cybercasing", Friedland and Sommer, 2010).',
		ok: 'Location information is not added to your posts.',
		exposures: {on: '"Add location information to your posts" is on'},
		steps: {x: xSteps(['Your posts', 'Location information', 'Add location information to your posts'], 'Turn it off, and use "Remove all location information attached to your posts".')},
	},
	'business-partner-sharing': {
		title: 'X shares extra information about you with business partners',
		why: 'Under X\'s October 2024 privacy policy, business partners may use the data shared with them for their own purposes, including training AI (Silicon Republic, 2024-10-18).',
		ok: 'Extra sharing with business partners is off.',
		exposures: {on: '"Allow additional information sharing with business partners" is on'},
		steps: {x: xSteps(['Data sharing and personalization', 'Data sharing with business partners'], 'Turn off "Allow additional information sharing with business partners".')},
	},
	'connected-apps': {
		title: 'Apps and websites can still read your account',
		why: 'A quiz app installed by about 270,000 people passed data on up to 87 million, including birthday and current city, to Cambridge Analytica (2018).',
		ok: 'No apps or websites have active access to your account.',
		exposures: {apps: {count: 'count', one: '{count} app or website can access your account', other: '{count} apps or websites can access your account'}},
		steps: {
			facebook: [facebookSteps.settings, 'Open "Apps and websites".', 'On the Active tab, remove every app you do not use.'],
			x: ['Open More › Settings and privacy › Security and account access.', 'Open "Apps and sessions", then "Connected apps".', 'Open each app you do not use and revoke its access.'],
			linkedin: ['Open Me › Settings & Privacy.', 'Open "Data privacy", then "Permitted services".', 'Remove every service you do not use.'],
			instagram: ['Open More (☰) › Settings.', 'Open "Apps and websites".', 'On the Active tab, remove every app or website you do not use.'],
			strava: ['Hover over your profile picture (top right) and choose Settings.', 'Open the "My Apps" tab.', 'Choose "Revoke Access" for every app you do not use.'],
		},
	},
	'inferred-identity': {
		title: 'X links browsers and devices it thinks are yours to your account',
		why: 'Activity on devices and browsers you never signed in with is joined to your profile for personalization and ads; X paid $150 million for reusing contact data given for security to target ads (FTC and DOJ, 2022).',
		ok: 'X does not personalize based on your inferred identity.',
		exposures: {on: '"Personalize based on your inferred identity" is on'},
		steps: {x: xSteps(['Data sharing and personalization', 'Inferred identity'], 'Turn off "Personalize based on your inferred identity".')},
	},
	'search-engine-linking': {
		title: 'Search engines link to your profile',
		why: 'Indexed profiles turn up for anyone who searches your name, and feed data brokers; Consumer Reports listed "being found by a search engine" among the habits to stop (2010).',
		ok: 'Search engines outside the site do not link to your profile.',
		exposures: {on: 'Search engines outside Facebook can link to your profile'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Turn off "Allow search engines outside of Facebook to link to your profile".']},
	},
	'personalized-ads': {
		title: 'X personalizes ads with data from outside X',
		why: 'Partner data builds a behavioural profile of you, and X paid $150 million for using phone numbers and emails given for security to target ads (FTC and DOJ, 2022).',
		ok: 'Personalized ads are off.',
		exposures: {on: '"Personalized ads" is on'},
		steps: {x: xSteps(['Data sharing and personalization', 'Ads preferences'], 'Turn off "Personalized ads".')},
	},
	'linkedin-ads-inferred-location': {
		title: 'LinkedIn targets ads by where it infers you are',
		why: 'Your IP address places you to within a city or closer; ads targeted by it tell advertisers where you live and work, and follow you when you travel (LinkedIn Help, advertising data).',
		ok: 'LinkedIn does not use your inferred location for ads.',
		exposures: {on: '"Inferred location" is on'},
		steps: {linkedin: linkedinSteps(['Advertising data', 'Inferred location'], 'Turn the switch off.')},
	},
	'ads-beyond-linkedin': {
		title: 'LinkedIn uses your data for ads on other sites',
		why: 'Ad networks that follow you across sites build a behavioural profile of you, and ad data is reused beyond what it was given for (X paid $150 million over this, FTC and DOJ, 2022).',
		ok: 'LinkedIn does not use your data for ads beyond LinkedIn.',
		exposures: {on: '"Ads beyond LinkedIn" is on'},
		steps: {linkedin: linkedinSteps(['Advertising data', 'Ads beyond LinkedIn'], 'Turn the switch off.')},
	},
	'ai-training': {
		title: 'Your posts and data train the site\'s AI models',
		why: 'X switched Grok training on for every account by default in July 2024 (Reclaim The Net, 2024-07-26), LinkedIn did the same in September 2024 (LinkedIn Help a6278444), and opting out does not undo past training.',
		ok: 'Your data is not used to train the site\'s AI models.',
		exposures: {on: 'Your posts, profile and AI chats may be used for AI training'},
		steps: {
			x: xSteps(['Data sharing and personalization', 'Grok & Third-party Collaborators'],
				'Turn off "Allow your public data … to be used for training and fine-tuning", and delete your Grok conversation history.'),
			linkedin: linkedinSteps(['Data privacy', 'Data for Generative AI Improvement'], 'Turn off "Use my data for training content creation AI models".'),
		},
	},
};
