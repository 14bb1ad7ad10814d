// German counterparts of src/core/rules/fix-steps.ts. Quoted labels are the sites' German UI words,
// which address the user as "du" (LinkedIn: "Sie"):
// X's from its shipped German web client (DzikStar/X-SCRAPER client-web/i18n/de.js, 2025-07, H);
// Facebook, Instagram, LinkedIn and TikTok's are best-known wordings of their German UIs, unverified
// (M where widely documented, L otherwise, said where they are used).

// Facebook: "Info", "Kontaktinformationen und allgemeine Infos", "Wohnorte", "Nur ich" (M).
const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Öffnen Sie Ihr Profil und wählen Sie „Info“.',
	`Öffnen Sie „${section}“.`,
	`Wählen Sie neben „${row}“ das Symbol für das Publikum.`,
	`Wählen Sie „${audience}“ und dann „Speichern“.`,
];

// "Einstellungen und Privatsphäre › Einstellungen" (H); "So können dich andere finden und kontaktieren" (L).
const facebookSettings = 'Öffnen Sie „Einstellungen und Privatsphäre“ › „Einstellungen“.';
const findAndContact = 'Öffnen Sie „So können dich andere finden und kontaktieren“.';

export const facebookSteps = {
	birthday: [...aboutSteps('Kontaktinformationen und allgemeine Infos', 'Geburtsjahr', 'Nur ich'), 'Genauso bei „Geburtsdatum“: Wählen Sie „Freunde“ oder „Nur ich“.'],
	places: (row: string) => aboutSteps('Wohnorte', row, 'Nur ich'),
	contact: (row: string) => aboutSteps('Kontaktinformationen und allgemeine Infos', row, 'Nur ich'),
	findAndContact: (question: string, answer: string) => [facebookSettings, findAndContact, `Wählen Sie bei „${question}“ das Publikum aus.`, `Wählen Sie „${answer}“.`],
	profileAndTagging: (question: string, answer: string) => [facebookSettings, 'Öffnen Sie „Profil und Markierung“.', `Wählen Sie bei „${question}“ die Option „${answer}“.`],
	settings: facebookSettings,
	findAndContactPage: findAndContact,
};

/** X: Mehr › Einstellungen und Datenschutz › Datenschutz und Sicherheit › <section> › <page> (H). */
export const xSteps = (trail: readonly string[], action: string): string[] =>
	['Öffnen Sie „Mehr“ › „Einstellungen und Datenschutz“ › „Datenschutz und Sicherheit“.', ...trail.map(step => `Öffnen Sie „${step}“.`), action];

export const xBirthdaySteps = [
	'Öffnen Sie Ihr Profil und wählen Sie „Profil bearbeiten“.',
	'Wählen Sie „Geburtsdatum“ und dann „Bearbeiten“.',
	'Stellen Sie unter „Wer sieht das?“ das „Jahr“ auf „Nur du“.',
	'Stellen Sie „Monat und Tag“ auf „Ihr folgt euch gegenseitig“ oder „Nur du“ und speichern Sie.',
];

/** YouTube › Einstellungen › Datenschutz: einen der Schalter einschalten, die etwas privat halten. */
export const youtubePrivacySteps = (what: string): string[] =>
	['Öffnen Sie auf youtube.com Ihr Profilbild › Einstellungen und dann „Datenschutz“.', `Schalten Sie den Schalter ein, um ${what}.`, 'Die Änderung wird sofort gespeichert.'];

/** Was „Kanalinfo“ zeigt, ändern Sie in YouTube Studio unter „Kanal anpassen“, Tab „Profil“. */
export const youtubeStudioSteps = (action: string): string[] =>
	['Wählen Sie auf Ihrem Kanal „Kanal anpassen“: YouTube Studio öffnet sich.', 'Öffnen Sie den Tab „Profil“.', action, 'Wählen Sie „Veröffentlichen“.'];

/** LinkedIn: Sie › Einstellungen & Datenschutz › <section> › <row> (M). */
export const linkedinSteps = (trail: readonly string[], action: string): string[] =>
	['Öffnen Sie „Sie“ › „Einstellungen & Datenschutz“.', ...trail.map(step => `Öffnen Sie „${step}“.`), action];

// LinkedIn contact info: "Kontaktinfo" (M), the pencil's "Kontaktinfo bearbeiten" (L).
export const linkedinContactSteps = (action: string): string[] =>
	['Öffnen Sie Ihr Profil und wählen Sie „Kontaktinfo“.', 'Wählen Sie den Stift („Kontaktinfo bearbeiten“).', action, 'Wählen Sie „Speichern“.'];

// TikTok's app path "Profil › ☰ › Einstellungen und Datenschutz › Datenschutz" (support.tiktok.com/de, M);
// the web settings' German wordings are unverified (L).
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['Öffnen Sie in der TikTok-App „Profil“ › ☰ › „Einstellungen und Datenschutz“ › „Datenschutz“.', `Öffnen Sie „${row}“.`, action];

export const tiktokWebSteps = (row: string, action: string): string[] =>
	['Öffnen Sie auf tiktok.com Ihr Profilbild › „Einstellungen“ und dann den Tab „Datenschutz“.', `Suchen Sie „${row}“.`, action];

// Taking something out of the bio: X's "Profil bearbeiten", "Biografie", "Speichern" (H); Instagram's
// "Profil bearbeiten" (H), "Steckbrief", "Absenden" (M).
export const bioSteps = (what: string): Readonly<Record<string, readonly string[]>> => ({
	x: ['Öffnen Sie Ihr Profil und wählen Sie „Profil bearbeiten“.', `Löschen Sie unter „Biografie“ ${what}.`, 'Wählen Sie „Speichern“.'],
	instagram: ['Öffnen Sie Ihr Profil und wählen Sie „Profil bearbeiten“.', `Löschen Sie unter „Steckbrief“ ${what}.`, 'Wählen Sie „Absenden“.'],
	youtube: youtubeStudioSteps(`Löschen Sie unter „Beschreibung“ ${what}.`),
});

/** Fixes made in a phone app, along the guided question's German path (src/i18n/de/questions.ts, with its confidence). */
export const appSteps = (app: string, path: readonly string[], action: string): string[] =>
	[`Öffnen Sie die ${app}-App.`, `Gehen Sie zu ${path.join(' › ')}.`, action];

/** Reddit im Web: Avatar › „Einstellungen“, dann ein Tab („Datenschutz“, „Profil“), dann was dort zu tun ist. */
export const redditSteps = (tab: string, action: string): string[] =>
	['Öffnen Sie auf reddit.com Ihren Avatar › „Einstellungen“.', `Öffnen Sie den Tab „${tab}“.`, action];
