// French counterparts of src/core/rules/fix-steps.ts. Quoted labels are the sites' French UI words:
// X's from its shipped French web client (DzikStar/X-SCRAPER client-web/i18n/fr.js, 2025-07, H);
// Facebook, Instagram, LinkedIn and TikTok's are best-known wordings of their French UIs, unverified
// (M where widely documented, L otherwise, said where they are used).

// Facebook: "À propos", "Coordonnées et infos de base", "Lieux de résidence" (M).
const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Ouvrez votre profil et choisissez À propos.',
	`Ouvrez « ${section} ».`,
	`À côté de « ${row} », sélectionnez l'icône d'audience.`,
	`Choisissez « ${audience} », puis Enregistrer.`,
];

// "Paramètres et confidentialité › Paramètres" (H); "Comment les autres peuvent vous trouver et vous contacter" (M).
const facebookSettings = 'Ouvrez Paramètres et confidentialité › Paramètres.';
const findAndContact = 'Ouvrez « Comment les autres peuvent vous trouver et vous contacter ».';

export const facebookSteps = {
	birthday: [...aboutSteps('Coordonnées et infos de base', 'Année de naissance', 'Moi uniquement'), 'Faites de même pour « Date de naissance » : choisissez « Amis » ou « Moi uniquement ».'],
	places: (row: string) => aboutSteps('Lieux de résidence', row, 'Moi uniquement'),
	contact: (row: string) => aboutSteps('Coordonnées et infos de base', row, 'Moi uniquement'),
	findAndContact: (question: string, answer: string) => [facebookSettings, findAndContact, `À « ${question} », sélectionnez l'audience.`, `Choisissez « ${answer} ».`],
	profileAndTagging: (question: string, answer: string) => [facebookSettings, 'Ouvrez « Profil et identification ».', `À « ${question} », choisissez « ${answer} ».`],
	settings: facebookSettings,
	findAndContactPage: findAndContact,
};

/** X: Plus › Paramètres et confidentialité › Confidentialité et sécurité › <section> › <page> (H). */
export const xSteps = (trail: readonly string[], action: string): string[] =>
	['Ouvrez Plus › Paramètres et confidentialité › Confidentialité et sécurité.', ...trail.map(step => `Ouvrez « ${step} ».`), action];

export const xBirthdaySteps = [
	'Ouvrez votre profil et choisissez « Éditer le profil ».',
	'Sélectionnez « Date de naissance », puis « Éditer ».',
	'Sous « Qui voit ceci ? », réglez « Année » sur « Vous uniquement ».',
	'Réglez « Mois et jour » sur « Vous vous suivez mutuellement » ou « Vous uniquement », puis Enregistrer.',
];

/** Paramètres › Confidentialité de YouTube : activer l'un de ses boutons qui gardent quelque chose privé. */
export const youtubePrivacySteps = (what: string): string[] =>
	['Sur youtube.com, ouvrez votre photo de profil › Paramètres, puis « Confidentialité ».', `Activez le bouton pour ${what}.`, 'Le changement est enregistré aussitôt.'];

/** Ce que montre la section « À propos » de votre chaîne se change dans YouTube Studio, onglet Profil de la personnalisation. */
export const youtubeStudioSteps = (action: string): string[] =>
	['Sur votre chaîne, sélectionnez « Personnaliser la chaîne » : YouTube Studio s\'ouvre.', 'Ouvrez l\'onglet « Profil ».', action, 'Sélectionnez « Publier ».'];

/** LinkedIn: Vous › Préférences et confidentialité › <section> › <row> (M). */
export const linkedinSteps = (trail: readonly string[], action: string): string[] =>
	['Ouvrez Vous › Préférences et confidentialité.', ...trail.map(step => `Ouvrez « ${step} ».`), action];

// LinkedIn contact info: "Coordonnées" (M), the pencil's "Modifier les coordonnées" (L).
export const linkedinContactSteps = (action: string): string[] =>
	['Ouvrez votre profil et sélectionnez « Coordonnées ».', 'Sélectionnez le crayon (« Modifier les coordonnées »).', action, 'Sélectionnez « Enregistrer ».'];

// TikTok's app path "Profil › ☰ › Paramètres et confidentialité › Confidentialité" (support.tiktok.com/fr, M);
// the web settings' French wordings are unverified (L).
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['Dans l\'app TikTok, ouvrez Profil › ☰ › Paramètres et confidentialité › Confidentialité.', `Ouvrez « ${row} ».`, action];

export const tiktokWebSteps = (row: string, action: string): string[] =>
	['Sur tiktok.com, ouvrez votre photo de profil › Paramètres, puis l\'onglet « Confidentialité ».', `Trouvez « ${row} ».`, action];

// Taking something out of the bio: X's "Éditer le profil", "Bio", "Enregistrer" (H); Instagram's
// "Modifier le profil", "Bio", "Envoyer" (M).
export const bioSteps = (what: string): Readonly<Record<string, readonly string[]>> => ({
	x: ['Ouvrez votre profil et choisissez « Éditer le profil ».', `Dans « Bio », supprimez ${what}.`, 'Sélectionnez « Enregistrer ».'],
	instagram: ['Ouvrez votre profil et choisissez « Modifier le profil ».', `Dans « Bio », supprimez ${what}.`, 'Sélectionnez « Envoyer ».'],
	youtube: youtubeStudioSteps(`Dans « Description », supprimez ${what}.`),
});

/** Fixes made in a phone app, along the guided question's French path (src/i18n/fr/questions.ts, with its confidence). */
export const appSteps = (app: string, path: readonly string[], action: string): string[] =>
	[`Ouvrez l'app ${app}.`, `Allez dans ${path.join(' › ')}.`, action];

/** Reddit sur le web : avatar › Paramètres, puis un onglet (« Confidentialité », « Profil »), puis ce qu'il faut y faire. */
export const redditSteps = (tab: string, action: string): string[] =>
	['Sur reddit.com, ouvrez votre avatar › Paramètres.', `Ouvrez l'onglet « ${tab} ».`, action];
