import type {Catalog} from '../catalog.js';

// German for the guided questions (src/core/questions/*.ts): the in-app path, the question, the app's
// own option labels and the defaults. Where the app's German labels are documented they are used as
// the app shows them; confidence per app:
// - TikTok: "Profil › ☰ › Einstellungen und Datenschutz › Datenschutz", "Privates Konto",
//   "Direktnachrichten", "Freunde", "Niemand" (support.tiktok.com/de and German guides, M); the other
//   rows and options are faithful translations (L).
// - Snapchat: "Einstellungen", "Meine Freunde", "Geistmodus" (help.snapchat.com/de, M); "Datenschutz-
//   einstellungen", "Mich kontaktieren", "Meine Story ansehen", "Mich in Quick Add anzeigen" (L).
// - Instagram: "Einstellungen und Aktivität", "Kontoprivatsphäre", "Privates Konto", "Enge Freunde",
//   "Nachrichten und Story-Antworten", "Aktivitätsstatus anzeigen" (German guides, M); the Map's rows
//   and "Keine Anfragen erhalten" (L).
// - Venmo: not offered in German, so its labels stay as the app shows them, with a German gloss (L).
const tiktok = ['Profil', '☰', 'Einstellungen und Datenschutz', 'Datenschutz'];
const snapchat = ['Dein Avatar', '⚙ Einstellungen', 'Datenschutzeinstellungen'];
const instagram = ['Profil', '☰', 'Einstellungen und Aktivität'];
const venmo = ['☰', 'Settings (Einstellungen)', 'Privacy (Datenschutz)'];
const onOff = (on = 'An', off = 'Aus') => ({on, off});
const venmoAudience = {public: 'Public (öffentlich)', friends: 'Friends (Freunde)', private: 'Private (privat)'};

export const questions: Catalog['questions'] = {
	'tiktok.private-account': {
		path: [...tiktok, 'Privates Konto'],
		ask: 'Ist „Privates Konto“ eingeschaltet?',
		options: onOff(),
		defaults: {adult: 'Aus (öffentlich)', teen: '13–15: an; 16–17: an, außer bei der Registrierung wurde „öffentlich“ gewählt'},
	},
	'tiktok.direct-messages': {
		path: [...tiktok, 'Direktnachrichten'],
		ask: 'Wer kann Ihnen Direktnachrichten senden?',
		options: {everyone: 'Jeder', 'suggested-friends': 'Vorgeschlagene Freunde', friends: 'Freunde', 'no-one': 'Niemand'},
		defaults: {adult: 'nicht dokumentiert', teen: '13–15: keine Direktnachrichten; 16–17: Niemand'},
	},
	'tiktok.suggest-account': {
		path: [...tiktok, 'Dein Konto anderen vorschlagen'],
		ask: 'Ist einer dieser Schalter an: „Kontakte“, „Facebook-Freunde“, „Personen mit gemeinsamen Kontakten“, „Personen, die deine Links öffnen oder dir Links senden“?',
		options: onOff('Mindestens einer ist an', 'Alle sind aus'),
		defaults: {adult: 'An', teen: '13–15: Aus'},
	},
	'tiktok.location-services': {
		path: [...tiktok, 'Standortdienste'],
		ask: 'Sind die „Standortdienste“ an?',
		options: onOff(),
		defaults: {adult: 'wird beim ersten Öffnen des „Für dich“-Feeds abgefragt', teen: 'nicht dokumentiert'},
	},
	'tiktok.downloads': {
		path: [...tiktok, 'Downloads'],
		ask: 'Sind „Video-Downloads“ an?',
		options: onOff(),
		defaults: {adult: 'An', teen: '13–15: nicht erlaubt; 16–17: Aus'},
	},
	'snapchat.contact-me': {
		path: [...snapchat, 'Mich kontaktieren'],
		ask: 'Wer kann Sie kontaktieren?',
		options: {everyone: 'Alle', friends: 'Meine Freunde', 'friends-and-contacts': 'Meine Freunde und Kontakte'},
		defaults: {adult: 'Meine Freunde (und Kontakte)', teen: 'Meine Freunde und Kontakte, nicht erweiterbar'},
	},
	'snapchat.view-my-story': {
		path: [...snapchat, 'Meine Story ansehen'],
		ask: 'Wer kann Ihre Story ansehen?',
		options: {everyone: 'Alle', friends: 'Freunde', custom: 'Benutzerdefiniert'},
		defaults: {adult: 'Freunde', teen: 'Freunde'},
	},
	'snapchat.quick-add': {
		path: [...snapchat, 'Mich in Quick Add anzeigen'],
		ask: 'Ist „Mich in Quick Add anzeigen“ an?',
		options: onOff(),
		defaults: {adult: 'An', teen: 'beschränkt auf Personen mit gemeinsamen Freunden'},
	},
	'snapchat.ghost-mode': {
		path: ['Snap Map', '⚙ Einstellungen', 'Geistmodus'],
		ask: 'Ist der „Geistmodus“ an (Ihr Standort vor allen verborgen)?',
		options: onOff('An (Standort verborgen)', 'Aus (Freunde sehen Ihren Standort)'),
		defaults: {adult: 'Standortfreigabe aus', teen: 'Standortfreigabe aus; wenn eingeschaltet, nur für Freunde'},
	},
	'instagram.private-account': {
		path: [...instagram, 'Kontoprivatsphäre'],
		ask: 'Ist „Privates Konto“ eingeschaltet?',
		options: onOff(),
		defaults: {adult: 'Aus (öffentlich)', teen: 'An (privat)'},
	},
	'instagram.map-sharing': {
		path: [...instagram, 'Story, Live und Standort', 'Standortfreigabe'],
		ask: 'Mit wem teilen Sie Ihren Standort auf der Instagram-Karte?',
		options: {friends: 'Freunde', 'close-friends': 'Enge Freunde', 'only-these-friends': 'Nur diese Freunde', 'no-one': 'Niemand'},
		defaults: {adult: 'Niemand (Teilen muss man selbst einschalten)', teen: 'Niemand (Teilen muss man selbst einschalten)'},
	},
	'instagram.message-requests': {
		path: [...instagram, 'Nachrichten und Story-Antworten', 'Nachrichtenanfragen'],
		ask: 'Wohin gehen unter „Andere auf Instagram“ deren Nachrichten?',
		options: {requests: 'Nachrichtenanfragen', 'dont-receive': 'Keine Anfragen erhalten'},
		defaults: {adult: 'landen in den Nachrichtenanfragen', teen: 'nur Personen, denen das Teen-Konto folgt oder mit denen es verbunden ist'},
	},
	'instagram.activity-status': {
		path: [...instagram, 'Nachrichten und Story-Antworten', 'Aktivitätsstatus anzeigen'],
		ask: 'Ist „Aktivitätsstatus anzeigen“ an?',
		options: onOff(),
		defaults: {adult: 'An', teen: 'nicht dokumentiert'},
	},
	'venmo.default-privacy': {
		path: [...venmo, 'Default privacy setting (Standard-Privatsphäre)'],
		ask: 'Welche Standard-Privatsphäre („Default privacy setting“) ist gewählt?',
		options: venmoAudience,
		defaults: {adult: 'Public (öffentlich)', teen: 'nicht dokumentiert'},
	},
	'venmo.friends-list': {
		path: [...venmo, 'Friends list (Freundesliste)'],
		ask: 'Wer kann Ihre Freundesliste („Friends list“) sehen?',
		options: venmoAudience,
		defaults: {adult: 'Public (öffentlich)', teen: 'nicht dokumentiert'},
	},
};
