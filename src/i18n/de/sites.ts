import type {Catalog} from '../catalog.js';

// Page titles by page kind, and the links clicked to reach pages no address opens, in the words of each
// site's German UI where known (confidence as in fix-steps.ts); test/i18n-catalog.test.ts fails when one is missing.
export const sites: Catalog['sites'] = {
	facebook: {
		// "Privatsphäre-Check" is Facebook's German name for its Privacy Checkup (H).
		checkup: 'Privatsphäre-Check von Facebook',
		pages: {
			'about-contact-and-basic-info': 'Info › Kontaktinformationen und allgemeine Infos',
			'about-contact-info': 'Info › Kontaktinformationen',
			'about-basic-info': 'Info › Allgemeine Infos',
			'about-places': 'Info › Wohnorte',
			'settings-posts': 'Einstellungen › Beiträge',
			'settings-find-and-contact': 'Einstellungen › So können dich andere finden und kontaktieren',
			'settings-profile-and-tagging': 'Einstellungen › Profil und Markierung',
			'settings-apps': 'Einstellungen › Apps und Websites',
			// Meta calls Accounts Center "Kontenübersicht" in German (H).
			'accounts-center-contact-points': 'Kontenübersicht › Kontaktinformationen',
		},
	},
	// X's German web client (2025-07, H), except the checkup, which X has none of by that name.
	x: {
		checkup: 'Datenschutz-Check von X',
		pages: {
			'settings-audience': 'Einstellungen › Zielgruppe, Medien und Markierung',
			'settings-location': 'Einstellungen › Deinen Posts einen Standort hinzufügen',
			'settings-contacts': 'Einstellungen › Auffindbarkeit und Kontakte',
			'settings-direct-messages': 'Einstellungen › Direktnachrichten',
			'settings-data-sharing': 'Einstellungen › Datenaustausch mit Geschäftspartnern',
			'settings-ads': 'Einstellungen › Werbeeinstellungen',
			'settings-grok': 'Einstellungen › Grok und unabhängige Kooperationspartner',
			'edit-profile': 'Profil bearbeiten',
			'settings-inferred-identity': 'Einstellungen › Abgeleitete Identität',
			'settings-connected-apps': 'Einstellungen › Apps und Sitzungen › Verknüpfte Apps',
			profile: 'Ihr Profil',
		},
		clicks: {profile: 'Profil'},
	},
	// LinkedIn's German UI: "Einstellungen", "Sichtbarkeit", "Kontaktinfo" (M); the other pages' names are unverified (L).
	linkedin: {
		checkup: 'Datenschutz-Check von LinkedIn',
		pages: {
			'visibility-settings': 'Einstellungen › Sichtbarkeit',
			'data-for-ai': 'Einstellungen › Daten zur Verbesserung generativer KI',
			'ads-beyond-linkedin': 'Einstellungen › Werbedaten › Anzeigen außerhalb von LinkedIn',
			'ads-inferred-location': 'Einstellungen › Werbedaten › Abgeleiteter Standort',
			'ads-by-age': 'Einstellungen › Werbedaten › Alter',
			'ads-by-gender': 'Einstellungen › Werbedaten › Geschlecht',
			'ads-interests': 'Einstellungen › Werbedaten › Interessenkategorien',
			'ads-business-interactions': 'Einstellungen › Werbedaten › Interaktionen mit Unternehmen',
			'ads-related-actions': 'Einstellungen › Werbedaten › Werbebezogene Aktionen',
			'research': 'Einstellungen › Datenschutz › Sozial-, Wirtschafts- und Arbeitsmarktforschung',
			'discover-by-email': 'Einstellungen › Sichtbarkeit › Profil über E-Mail-Adresse finden',
			'discover-by-phone': 'Einstellungen › Sichtbarkeit › Profil über Telefonnummer finden',
			'permitted-services': 'Einstellungen › Datenschutz › Zugelassene Dienste',
			'contact-info': 'Ihr Profil › Kontaktinfo',
		},
		clicks: {'contact-info': 'Kontaktinfo'},
	},
	// Instagram's German UI (M); Accounts Center is "Kontenübersicht" (H), its "Persönliche Daten" (M).
	instagram: {
		checkup: 'Privatsphäre-Check von Instagram',
		pages: {
			'account-privacy': 'Einstellungen › Kontoprivatsphäre',
			'edit-profile': 'Profil bearbeiten',
			'tags-and-mentions': 'Einstellungen › Markierungen und Erwähnungen',
			'messages-and-story-replies': 'Einstellungen › Nachrichten und Story-Antworten',
			'apps-and-websites': 'Einstellungen › Apps und Websites',
			'accounts-center-personal-details': 'Kontenübersicht › Persönliche Daten',
		},
	},
	tiktok: {
		checkup: 'Datenschutz-Check von TikTok',
		pages: {
			profile: 'Ihr Profil',
			'settings-privacy': 'Einstellungen › Datenschutz',
		},
	},
	reddit: {
		checkup: 'Reddit-Einstellungen › Datenschutz',
		pages: {
			'settings-privacy': 'Einstellungen › Datenschutz',
			'settings-profile': 'Einstellungen › Profil',
		},
	},
	google: {
		checkup: 'Google-Datenschutzcheck',
		pages: {
			profile: 'Über mich',
			'activity-location': 'Daten und Datenschutz › Zeitachse',
			'activity-web-app': 'Daten und Datenschutz › Web- & App-Aktivitäten',
			'location-sharing': 'Standortfreigabe',
			connections: 'Sicherheit › Ihre Verknüpfungen mit Drittanbieter-Apps und -Diensten',
			'shared-endorsements': 'Kontakte und Teilen › Gemeinsame Empfehlungen',
		},
	},
	strava: {
		checkup: 'Privatsphäre-Einstellungen von Strava',
		pages: {
			'settings-privacy': 'Einstellungen › Privatsphäre',
			athlete: 'Ihr Profil',
			'settings-apps': 'Einstellungen › Meine Apps',
		},
		clicks: {athlete: 'Mein Profil'},
	},
	youtube: {
		checkup: 'Datenschutzeinstellungen von YouTube',
		pages: {
			'account-privacy': 'Einstellungen › Datenschutz',
			'channel-about': 'Ihr Kanal › Kanalinfo',
		},
		clicks: {'channel-about': 'Mein Kanal'},
	},
};
