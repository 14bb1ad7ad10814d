import type {RuleTexts} from '../catalog.js';

// The rules over a data download (src/core/exports/rules/<id>.ts): what the platform keeps, as counts
// and spans, and per platform how to delete it or turn it off. Menu names are the platforms' own
// English wordings where known (help pages, 2024–26); each step says where to tap, never a value.
export const downloadRules: Readonly<Record<string, RuleTexts>> = {
	'download-location-history': {
		title: 'The platform keeps a history of where you have been',
		why: 'A few weeks of location points give away a home (the most frequent night-time place) and a workplace; "anonymous" location traces single out 95% of people from four points (de Montjoye et al., 2013).',
		ok: 'No location history in this download.',
		exposures: {
			points: {count: 'count', one: '{count} location point from {from} to {to}', other: '{count} location points from {from} to {to}'},
			'points-undated': {count: 'count', one: '{count} location point', other: '{count} location points'},
		},
		steps: {
			google: ['On your phone: Settings › Location › Location services › Timeline.', 'Delete Timeline data (all, or a range), then turn Timeline off.', 'At myactivity.google.com › Activity controls, check that Timeline (Location History) is off.'],
			snapchat: ['In Snapchat: Settings › Privacy Controls › My Data: it lists what is kept.', 'Turn off Snap Map sharing ("Ghost Mode") and location permissions for the app.'],
		},
	},
	'download-off-platform-activity': {
		title: 'Other businesses send the platform what you do on their apps and sites',
		why: 'Apps and sites you use tell the platform what you bought, read and searched for, through its tools (Meta Pixel, SDKs): third-party sharing you never see on the platform itself (Meta, 2020).',
		ok: 'No activity from other businesses in this download.',
		exposures: {businesses: {count: 'count', one: '{count} business sent your activity ({events} events)', other: '{count} businesses sent your activity ({events} events)'}},
		steps: {facebook: ['Accounts Center › Your information and permissions › Your activity off Meta technologies.', 'Choose "Clear previous activity", then "Manage future activity" › "Disconnect future activity".']},
	},
	'download-home-location': {
		title: 'The platform keeps where you live',
		why: 'A home address, city, hometown or postcode on file is where you can be found, and a standard security-question answer.',
		ok: 'No home location in this download.',
		exposures: {home: 'A home address, city, region or a place labelled Home is on file'},
		steps: {
			google: ['myaccount.google.com › Personal info › Addresses › Home: remove it.', 'In the Timeline on your phone, remove the Home and Work labels.'],
			facebook: ['Your profile › About › Places lived: remove current city and hometown.'],
			tiktok: ['TikTok does not let you change the region it records; you can delete the account to remove it.'],
			linkedin: ['Your profile › Contact info: remove the address.', 'Settings › Account preferences › Profile information: check your location.'],
		},
	},
	'download-birth-date': {
		title: 'The platform keeps your date of birth',
		why: 'A full date of birth with your name is enough to answer account-recovery checks and open accounts in your name (FTC identity-theft guidance).',
		ok: 'No date of birth in this download.',
		exposures: {full: 'A full date of birth (day, month and year) is on file', partial: 'Part of a date of birth is on file'},
		steps: {
			x: ['Settings › Your account › Account information › Birth date: check who can see it (X keeps it for age checks).'],
			facebook: ['Accounts Center › Personal details › Birthday: check it, and who sees it on your profile.'],
			instagram: ['Accounts Center › Personal details › Birthday: check it.'],
			tiktok: ['TikTok keeps the date of birth given at sign-up and does not let you remove it.'],
			linkedin: ['Your profile › Contact info › Birthday: remove it, or show it to you only.'],
		},
	},
	'download-phone-on-file': {
		title: 'The platform keeps your phone number',
		why: 'A phone number lets people who have it find your account where lookup is on, and ties the account to you across services; it is also what SIM-swap attacks go after.',
		ok: 'No phone number in this download.',
		exposures: {phone: 'A phone number is on file'},
		steps: {
			x: ['Settings › Your account › Account information › Phone: remove it if you use another way to sign in.'],
			facebook: ['Accounts Center › Personal details › Contact info: remove the number if you do not need it to sign in.'],
			instagram: ['Accounts Center › Personal details › Contact info: remove the number if you do not need it to sign in.'],
			tiktok: ['Settings › Account › Account information › Phone: remove it if you sign in another way.'],
		},
	},
	'download-inferred-interests': {
		title: 'The platform has inferred what you are interested in',
		why: 'Interests are guessed from what you do and sold as ad targeting; some are sensitive (health, religion, politics), and people find many of them wrong (Pew Research Center, 2019).',
		ok: 'No inferred interests in this download.',
		exposures: {interests: {count: 'count', one: '{count} interest inferred about you', other: '{count} interests inferred about you'}},
		steps: {
			x: ['Settings › Privacy and safety › Content you see › Interests: untick the ones you do not want.', 'Settings › Privacy and safety › Ads preferences: turn off personalized ads.'],
			instagram: ['Accounts Center › Ad preferences › Ad topics: see and limit them.'],
			linkedin: ['Settings › Advertising data: turn off the data LinkedIn uses to infer interests.'],
		},
	},
	'download-inferred-age': {
		title: 'The platform has guessed your age',
		why: 'An age guessed from what you do decides the ads you get and, for a teen, what you are shown; it is kept even when you never gave a birth date.',
		ok: 'No inferred age in this download.',
		exposures: {inferred: 'An age or age range inferred about you is on file'},
		steps: {x: ['Settings › Privacy and safety › Off-X activity › Personalize based on your inferred identity: turn it off.']},
	},
	'download-advertiser-audiences': {
		title: 'Advertisers have put you in their audiences',
		why: 'Advertisers upload lists (emails, phone numbers) to find you, or target you by criteria the platform keeps: your data traded beyond the platform (Mozilla Foundation, 2024).',
		ok: 'No advertiser audiences in this download.',
		exposures: {audiences: {count: 'count', one: '{count} advertiser audience or targeting criterion', other: '{count} advertiser audiences or targeting criteria'}},
		steps: {
			x: ['Settings › Privacy and safety › Ads preferences › Audiences: see them, and turn off personalized ads.'],
			facebook: ['Accounts Center › Ad preferences › Manage info › Audience-based advertising: hide advertisers you do not know.'],
			instagram: ['Accounts Center › Ad preferences › Manage info › Audience-based advertising: hide advertisers you do not know.'],
			linkedin: ['Settings › Advertising data: turn off each source, and "Interests and traits".'],
		},
	},
	'download-ads-engaged': {
		title: 'The platform keeps the ads you engaged with, and why they reached you',
		why: 'Each ad you saw or clicked is kept with the targeting that matched you to it (age, place, interests, an advertiser\'s list): a record of how advertisers find you.',
		ok: 'No ad engagements in this download.',
		exposures: {
			ads: {count: 'count', one: '{count} ad engagement from {from} to {to}', other: '{count} ad engagements from {from} to {to}'},
			'ads-undated': {count: 'count', one: '{count} ad engagement', other: '{count} ad engagements'},
		},
		steps: {x: ['Settings › Privacy and safety › Ads preferences: turn off personalized ads.']},
	},
	'download-connected-apps': {
		title: 'Apps are connected to your account',
		why: 'A connected app reads what its permissions allow for as long as it stays connected, long after you stopped using it; abandoned apps are how data like Cambridge Analytica\'s left platforms.',
		ok: 'No connected apps in this download.',
		exposures: {apps: {count: 'count', one: '{count} connected app', other: '{count} connected apps'}},
		steps: {
			x: ['Settings › Security and account access › Apps and sessions › Connected apps: revoke the ones you do not use.'],
			facebook: ['Settings › Apps and websites: remove the ones you do not use.'],
		},
	},
};
