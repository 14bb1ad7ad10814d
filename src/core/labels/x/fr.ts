import type {XLabel} from './en.js';

/**
 * X's French (fr) wordings, from its shipped web client (`client-web/i18n/fr.js`, H, 2025-07, the
 * same build as labels-en.ts: each entry is the string X files under the same message id as the English
 * one, as mirrored in github.com/DzikStar/X-SCRAPER). X's no-break spaces (French "sur\u00a0X") are
 * ordinary spaces to normalizeText.
 */
export const labelsFr = {
	protectPosts: 'Protéger mes posts',
	photoTagging: 'Identification photo',
	taggingAnyone: 'Tout le monde peut vous identifier',
	taggingFollowing: 'Seules les personnes que vous suivez peuvent vous identifier',
	taggingOff: 'Désactivé',
	geotagPosts: 'Ajouter des informations de localisation à mes posts',
	findByEmail: 'Permettre aux personnes qui ont votre adresse email de vous trouver sur\u00a0X',
	findByPhone: 'Permettre aux personnes qui ont votre numéro de téléphone de vous trouver sur\u00a0X',
	messageRequests: 'Autoriser les demandes de message de\u00a0:',
	requestsNoOne: 'Personne',
	requestsVerified: 'Utilisateurs certifiés',
	requestsEveryone: 'Tout le monde',
	businessPartners: 'Autoriser le partage d\'informations supplémentaires avec nos partenaires commerciaux',
	personalizedAds: 'Publicités personnalisées',
	inferredIdentity: 'Personnaliser en fonction de votre identité déduite',
	// The empty list's help text ("Third-party apps you allow to access your X account will show up here.").
	noConnectedApps: 'Les applications tierces que vous autorisez à accéder à votre compte\u00a0X apparaîtront ici.',
	grokTraining: 'Autoriser l\'utilisation de mes données publiques ainsi que de mes interactions, saisies et résultats obtenus avec Grok et\u00a0xAI à des fins d\'entraînement et d\'ajustement',
	// Edit profile › Birth date › "Who sees this?" options.
	visibilityPublic: 'Public',
	visibilityFollowers: 'Vos abonnés',
	visibilityFollowing: 'Personnes que vous suivez',
	visibilityMutual: 'Vous vous suivez mutuellement',
	visibilityOnlyYou: 'Vous uniquement',
} as const satisfies Record<XLabel, string | readonly string[]>;
