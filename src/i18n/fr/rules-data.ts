import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, xSteps} from './fix-steps.js';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party). X's labels: its French web client (2025-07, H); LinkedIn's
// and Facebook's: best-known French wordings (L to M), described rather than quoted where unsure.
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'X peut ajouter votre localisation à vos posts',
		why: 'La localisation des posts permet à des inconnus de deviner où vous habitez et quand vous êtes absent(e) (« cybercasing », Friedland et Sommer, 2010).',
		ok: 'Aucune information de localisation n\'est ajoutée à vos posts.',
		exposures: {on: '« Ajouter des informations de localisation à mes posts » est activé'},
		steps: {x: xSteps(['Vos posts', 'Informations de localisation', 'Ajouter des informations de localisation à mes posts'], 'Désactivez-le, et utilisez « Supprimer toutes les informations de localisation jointes à vos posts ».')},
	},
	'business-partner-sharing': {
		title: 'X partage des informations supplémentaires sur vous avec ses partenaires commerciaux',
		why: 'Selon la politique de confidentialité de X d\'octobre 2024, les partenaires commerciaux peuvent utiliser les données partagées avec eux à leurs propres fins, y compris pour entraîner une IA (Silicon Republic, 18/10/2024).',
		ok: 'Le partage supplémentaire avec les partenaires commerciaux est désactivé.',
		exposures: {on: '« Autoriser le partage d\'informations supplémentaires avec nos partenaires commerciaux » est activé'},
		steps: {x: xSteps(['Partage des données et personnalisation', 'Partage de données avec nos partenaires commerciaux'], 'Désactivez « Autoriser le partage d\'informations supplémentaires avec nos partenaires commerciaux ».')},
	},
	'connected-apps': {
		title: 'Des apps et des sites web peuvent encore lire votre compte',
		why: 'Une app de quiz installée par environ 270 000 personnes a transmis à Cambridge Analytica les données de jusqu\'à 87 millions de personnes, dont leur anniversaire et leur ville actuelle (2018).',
		ok: 'Aucune app ni aucun site web n\'a d\'accès actif à votre compte.',
		exposures: {apps: {count: 'count', one: '{count} app ou site web peut accéder à votre compte', other: '{count} apps ou sites web peuvent accéder à votre compte'}},
		steps: {
			facebook: [facebookSteps.settings, 'Ouvrez « Apps et sites web ».', 'Dans l\'onglet Actives, supprimez toutes les apps que vous n\'utilisez pas.'],
			x: ['Ouvrez Plus › Paramètres et confidentialité › Sécurité et accès au compte.', 'Ouvrez « Applications et sessions », puis « Applications connectées ».', 'Ouvrez chaque application que vous n\'utilisez pas et révoquez son accès.'],
			linkedin: ['Ouvrez Vous › Préférences et confidentialité.', 'Ouvrez « Confidentialité des données », puis « Services autorisés ».', 'Supprimez tous les services que vous n\'utilisez pas.'],
			instagram: ['Ouvrez Plus (☰) › Paramètres.', 'Ouvrez « Apps et sites web ».', 'Dans l\'onglet Actives, supprimez toutes les apps et tous les sites web que vous n\'utilisez pas.'],
			strava: ['Survolez votre photo de profil (en haut à droite) et choisissez Paramètres.', 'Ouvrez l\'onglet « My Apps » (mes applications).', 'Révoquez l\'accès de chaque application que vous n\'utilisez pas.'],
		},
	},
	'inferred-identity': {
		title: 'X relie à votre compte les navigateurs et appareils qu\'il pense être les vôtres',
		why: 'L\'activité sur des appareils et navigateurs où vous ne vous êtes jamais connecté(e) est rattachée à votre profil pour la personnalisation et la publicité ; X a payé 150 millions de dollars pour avoir réutilisé à des fins publicitaires des coordonnées fournies pour la sécurité (FTC et DOJ, 2022).',
		ok: 'X ne personnalise pas en fonction de votre identité déduite.',
		exposures: {on: '« Personnaliser en fonction de votre identité déduite » est activé'},
		steps: {x: xSteps(['Partage des données et personnalisation', 'Identité déduite'], 'Désactivez « Personnaliser en fonction de votre identité déduite ».')},
	},
	'search-engine-linking': {
		title: 'Les moteurs de recherche renvoient vers votre profil',
		why: 'Un profil indexé apparaît à quiconque cherche votre nom et alimente les courtiers en données ; Consumer Reports comptait « être trouvé par un moteur de recherche » parmi les habitudes à abandonner (2010).',
		ok: 'Les moteurs de recherche externes ne renvoient pas vers votre profil.',
		exposures: {on: 'Les moteurs de recherche en dehors de Facebook peuvent renvoyer vers votre profil'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Désactivez l\'option qui autorise les moteurs de recherche en dehors de Facebook à renvoyer vers votre profil.']},
	},
	'personalized-ads': {
		title: 'X personnalise les publicités avec des données venues d\'ailleurs',
		why: 'Les données des partenaires construisent un profil comportemental de vous, et X a payé 150 millions de dollars pour avoir utilisé à des fins publicitaires des numéros et e-mails fournis pour la sécurité (FTC et DOJ, 2022).',
		ok: 'Les publicités personnalisées sont désactivées.',
		exposures: {on: '« Publicités personnalisées » est activé'},
		steps: {x: xSteps(['Partage des données et personnalisation', 'Préférences en matière de publicités'], 'Désactivez « Publicités personnalisées ».')},
	},
	'linkedin-ads-inferred-location': {
		title: 'LinkedIn cible les publicités selon l\'endroit où il vous situe',
		why: 'Votre adresse IP vous situe à l\'échelle d\'une ville ou plus près ; les publicités ciblées ainsi disent aux annonceurs où vous vivez et travaillez, et vous suivent en voyage (Aide LinkedIn, données publicitaires).',
		ok: 'LinkedIn n\'utilise pas votre localisation déduite pour les publicités.',
		exposures: {on: '« Localisation déduite » est activé'},
		steps: {linkedin: linkedinSteps(['Données publicitaires', 'Localisation déduite'], 'Désactivez l\'interrupteur.')},
	},
	'ads-beyond-linkedin': {
		title: 'LinkedIn utilise vos données pour des publicités sur d\'autres sites',
		why: 'Les régies qui vous suivent de site en site construisent un profil comportemental de vous, et les données publicitaires sont réutilisées au-delà de ce pour quoi elles ont été fournies (X a payé 150 millions de dollars pour cela, FTC et DOJ, 2022).',
		ok: 'LinkedIn n\'utilise pas vos données pour des publicités en dehors de LinkedIn.',
		exposures: {on: '« Publicités au-delà de LinkedIn » est activé'},
		steps: {linkedin: linkedinSteps(['Données publicitaires', 'Publicités au-delà de LinkedIn'], 'Désactivez l\'interrupteur.')},
	},
	'ai-training': {
		title: 'Vos publications et vos données entraînent les modèles d\'IA du site',
		why: 'X a activé par défaut l\'entraînement de Grok pour tous les comptes en juillet 2024 (Reclaim The Net, 26/07/2024), LinkedIn a fait de même en septembre 2024 (aide LinkedIn a6278444), et se désinscrire n\'efface pas l\'entraînement déjà fait.',
		ok: 'Vos données ne servent pas à entraîner les modèles d\'IA du site.',
		exposures: {on: 'Vos publications, votre profil et vos conversations avec l\'IA peuvent servir à entraîner l\'IA'},
		steps: {
			x: xSteps(['Partage des données et personnalisation', 'Grok et collaborateurs tiers'],
				'Désactivez « Autoriser l\'utilisation de mes données publiques … à des fins d\'entraînement et d\'ajustement », et supprimez l\'historique de vos conversations avec Grok.'),
			linkedin: linkedinSteps(['Confidentialité des données', 'Données pour l\'amélioration de l\'IA générative'], 'Désactivez l\'option qui utilise vos données pour entraîner les modèles d\'IA de création de contenu.'),
		},
	},
};
