import type {Catalog} from '../catalog.js';

// Page titles by page kind, and the links clicked to reach pages no address opens, in the words of each
// site's French UI where known (confidence as in fix-steps.ts); test/i18n-catalog.test.ts fails when one is missing.
export const sites: Catalog['sites'] = {
	facebook: {
		// "Assistance confidentialité" is Facebook's French name for its Privacy Checkup (M).
		checkup: 'Assistance confidentialité de Facebook',
		pages: {
			'about-contact-and-basic-info': 'À propos › Coordonnées et infos de base',
			'about-contact-info': 'À propos › Coordonnées',
			'about-basic-info': 'À propos › Infos de base',
			'about-places': 'À propos › Lieux de résidence',
			'settings-posts': 'Paramètres › Publications',
			'settings-find-and-contact': 'Paramètres › Comment les autres peuvent vous trouver et vous contacter',
			'settings-profile-and-tagging': 'Paramètres › Profil et identification',
			'settings-apps': 'Paramètres › Apps et sites web',
			'accounts-center-contact-points': 'Espace Comptes › Coordonnées',
		},
	},
	// X's French web client (2025-07, H), except the checkup, which X has none of by that name.
	x: {
		checkup: 'Vérification de confidentialité de X',
		pages: {
			'settings-audience': 'Paramètres › Audience, médias et identification',
			'settings-location': 'Paramètres › Ajouter des informations de localisation à mes posts',
			'settings-contacts': 'Paramètres › Détectabilité et contacts',
			'settings-direct-messages': 'Paramètres › Messages Privés',
			'settings-data-sharing': 'Paramètres › Partage de données avec nos partenaires commerciaux',
			'settings-ads': 'Paramètres › Préférences en matière de publicités',
			'settings-grok': 'Paramètres › Grok et collaborateurs tiers',
			'edit-profile': 'Éditer le profil',
			'settings-inferred-identity': 'Paramètres › Identité déduite',
			'settings-connected-apps': 'Paramètres › Applications et sessions › Applications connectées',
			profile: 'Votre profil',
		},
		clicks: {profile: 'Profil'},
	},
	// LinkedIn's French UI: "Préférences" and "Visibilité" (M); the other pages' names are unverified (L).
	linkedin: {
		checkup: 'Vérification de confidentialité de LinkedIn',
		pages: {
			'visibility-settings': 'Préférences › Visibilité',
			'data-for-ai': 'Préférences › Données pour l\'amélioration de l\'IA générative',
			'ads-beyond-linkedin': 'Préférences › Données publicitaires › Publicités au-delà de LinkedIn',
			'ads-inferred-location': 'Préférences › Données publicitaires › Localisation déduite',
			'ads-by-age': 'Préférences › Données publicitaires › Âge',
			'ads-by-gender': 'Préférences › Données publicitaires › Genre',
			'ads-interests': 'Préférences › Données publicitaires › Catégories de centres d\'intérêt',
			'ads-business-interactions': 'Préférences › Données publicitaires › Interactions avec des entreprises',
			'ads-related-actions': 'Préférences › Données publicitaires › Actions liées aux publicités',
			'research': 'Préférences › Confidentialité des données › Recherche sociale, économique et sur le travail',
			'discover-by-email': 'Préférences › Visibilité › Découverte du profil grâce à l\'adresse e-mail',
			'discover-by-phone': 'Préférences › Visibilité › Découverte du profil grâce au numéro de téléphone',
			'permitted-services': 'Préférences › Confidentialité des données › Services autorisés',
			'contact-info': 'Votre profil › Coordonnées',
		},
		clicks: {'contact-info': 'Coordonnées'},
	},
	// Instagram's French UI (M); Meta calls Accounts Center "Espace Comptes" in French (M).
	instagram: {
		checkup: 'Vérification de confidentialité d\'Instagram',
		pages: {
			'account-privacy': 'Paramètres › Confidentialité du compte',
			'edit-profile': 'Modifier le profil',
			'tags-and-mentions': 'Paramètres › Identifications et mentions',
			'messages-and-story-replies': 'Paramètres › Messages et réponses aux stories',
			'apps-and-websites': 'Paramètres › Apps et sites web',
			'accounts-center-personal-details': 'Espace Comptes › Informations personnelles',
		},
	},
	tiktok: {
		checkup: 'Vérification de confidentialité de TikTok',
		pages: {
			profile: 'Votre profil',
			'settings-privacy': 'Paramètres › Confidentialité',
		},
	},
	reddit: {
		checkup: 'Paramètres de Reddit › Confidentialité',
		pages: {
			'settings-privacy': 'Paramètres › Confidentialité',
			'settings-profile': 'Paramètres › Profil',
		},
	},
	google: {
		checkup: 'Check-up Confidentialité de Google',
		pages: {
			profile: 'À propos de moi',
			'activity-location': 'Données et confidentialité › Vos trajets',
			'activity-web-app': 'Données et confidentialité › Activité sur le Web et les applications',
			'location-sharing': 'Partage de position',
			connections: 'Sécurité › Vos connexions à des applications et services tiers',
			'shared-endorsements': 'Contacts et partage › Recommandations partagées',
		},
	},
	strava: {
		checkup: 'Contrôles de confidentialité de Strava',
		pages: {
			'settings-privacy': 'Paramètres › Contrôles de confidentialité',
			athlete: 'Votre profil',
			'settings-apps': 'Paramètres › Mes applications',
		},
		clicks: {athlete: 'Mon profil'},
	},
	youtube: {
		checkup: 'Paramètres de confidentialité de YouTube',
		pages: {
			'account-privacy': 'Paramètres › Confidentialité',
			'channel-about': 'Votre chaîne › À propos',
		},
		clicks: {'channel-about': 'Votre chaîne'},
	},
};
