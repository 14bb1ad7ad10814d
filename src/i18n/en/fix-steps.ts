// The steps of the fixes several rules share (src/core/rules/fix-steps.ts gives their pages, dates
// and sources). Quoted labels are the sites' own English words.

const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Open your profile and choose About.',
	`Open "${section}".`,
	`Next to "${row}", select the audience icon.`,
	`Choose "${audience}", then Save.`,
];

const facebookSettings = 'Open Settings & privacy › Settings.';
const findAndContact = 'Open "How people find and contact you".';

export const facebookSteps = {
	birthday: [...aboutSteps('Contact and basic info', 'Birth year', 'Only me'), 'Do the same for "Birth date": choose "Friends" or "Only me".'],
	places: (row: string) => aboutSteps('Places lived', row, 'Only me'),
	contact: (row: string) => aboutSteps('Contact and basic info', row, 'Only me'),
	findAndContact: (question: string, answer: string) => [facebookSettings, findAndContact, `At "${question}", select the audience.`, `Choose "${answer}".`],
	profileAndTagging: (question: string, answer: string) => [facebookSettings, 'Open "Profile and tagging".', `At "${question}", choose "${answer}".`],
	settings: facebookSettings,
	findAndContactPage: findAndContact,
};

/** X: Settings and privacy › Privacy and safety › <section> › <page>, then what to do there. */
export const xSteps = (trail: readonly string[], action: string): string[] =>
	['Open More › Settings and privacy › Privacy and safety.', ...trail.map(step => `Open "${step}".`), action];

export const xBirthdaySteps = [
	'Open your profile and choose "Edit profile".',
	'Select "Birth date", then "Edit".',
	'Under "Who sees this?", set "Year" to "Only you".',
	'Set "Month and day" to "You follow each other" or "Only you", then Save.',
];

/** LinkedIn: Me › Settings & Privacy › <section> › <row>, then what to do there. */
export const linkedinSteps = (trail: readonly string[], action: string): string[] =>
	['Open Me › Settings & Privacy.', ...trail.map(step => `Open "${step}".`), action];

/** LinkedIn contact info: your profile › "Contact info" › edit (the pencil). */
export const linkedinContactSteps = (action: string): string[] =>
	['Open your profile and select "Contact info".', 'Select the pencil ("Edit contact info").', action, 'Select "Save".'];

/** The steps to a row of the TikTok app's Privacy settings. */
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['In the TikTok app, open Profile › ☰ › Settings and privacy › Privacy.', `Open "${row}".`, action];

/** The steps to a row of the web settings' Privacy tab. */
export const tiktokWebSteps = (row: string, action: string): string[] =>
	['On tiktok.com, open your profile picture › Settings, then the "Privacy" tab.', `Find "${row}".`, action];

/** YouTube Settings › Privacy: turn on one of its "Keep all my … private" switches. */
export const youtubePrivacySteps = (row: string): string[] =>
	['On youtube.com, open your profile picture › Settings, then "Privacy".', `Turn on "${row}".`, 'It saves at once.'];

/** What your channel's About shows is changed in YouTube Studio's channel customization, Profile tab. */
export const youtubeStudioSteps = (action: string): string[] =>
	['On your channel, select "Customize channel": YouTube Studio opens.', 'Open the "Profile" tab.', action, 'Select "Publish".'];

/** Taking something out of the bio, on the sites whose bio Overshare reads. */
export const bioSteps = (what: string): Readonly<Record<string, readonly string[]>> => ({
	x: ['Open your profile and choose "Edit profile".', `In "Bio", delete ${what}.`, 'Select "Save".'],
	instagram: ['Open your profile and choose "Edit profile".', `In "Bio", delete ${what}.`, 'Select "Submit".'],
	youtube: youtubeStudioSteps(`Under "Description", delete ${what}.`),
});

/** Fixes made in a phone app: along the guided question's path (src/i18n/en/questions.ts), then what to choose. */
export const appSteps = (app: string, path: readonly string[], action: string): string[] =>
	[`Open the ${app} app.`, `Go to ${path.join(' › ')}.`, action];

/** Reddit on the web: avatar › Settings, then a tab ("Privacy", "Profile"), then what to do there. */
export const redditSteps = (tab: string, action: string): string[] =>
	['On reddit.com, open your avatar › Settings.', `Open the "${tab}" tab.`, action];
