import type {XLabel} from './en.js';

/**
 * X's German (de) wordings, from its shipped web client (`client-web/i18n/de.js`, H, 2025-07, the
 * same build as labels-en.ts: each entry is the string X files under the same message id as the English
 * one, as mirrored in github.com/DzikStar/X-SCRAPER). X's no-break spaces (French "sur\u00a0X") are
 * ordinary spaces to normalizeText.
 */
export const labelsDe = {
	protectPosts: 'Deine Posts schützen',
	photoTagging: 'Foto-Markierungen',
	taggingAnyone: 'Jeder kann dich markieren',
	taggingFollowing: 'Nur Personen, denen du folgst, können dich markieren',
	taggingOff: 'Aus',
	geotagPosts: 'Deinen Posts einen Standort hinzufügen',
	findByEmail: 'Personen, die deine E-Mail-Adresse haben, erlauben, dich auf X zu finden',
	findByPhone: 'Personen, die deine Telefonnummer haben, erlauben, dich auf X zu finden',
	messageRequests: 'Nachrichtenanfragen erlauben von:',
	requestsNoOne: 'Niemandem',
	requestsVerified: 'Verifizierten Nutzer*innen',
	requestsEveryone: 'Alle',
	businessPartners: 'Zusätzlichen Informationsaustausch mit Geschäftspartnern erlauben',
	personalizedAds: 'Personalisierte Anzeigen',
	inferredIdentity: 'Basierend auf deiner abgeleiteten Identität personalisieren',
	// The empty list's help text ("Third-party apps you allow to access your X account will show up here.").
	noConnectedApps: 'Drittanbieter-Apps, denen du Zugriff auf deinen X Account gewährst, werden hier angezeigt.',
	grokTraining: 'Erlauben, dass deine öffentlichen Daten sowie deine Interaktionen, Eingaben und Ergebnisse bei Grok und xAI für Training und Feinabstimmung herangezogen werden',
	// Edit profile › Birth date › "Who sees this?" options.
	visibilityPublic: 'Öffentlich',
	visibilityFollowers: 'Deine Follower',
	visibilityFollowing: 'Leute, denen du folgst',
	visibilityMutual: 'Ihr folgt euch gegenseitig',
	visibilityOnlyYou: 'Nur du',
} as const satisfies Record<XLabel, string | readonly string[]>;
