import type {RuleTexts} from '../catalog.js';
import {appSteps} from './fix-steps.js';
import {questions} from './questions.js';

// Settings only the phone apps show, answered through guided questions (src/core/rules/<id>.ts with
// appFix). The steps follow each question's German path in the app (src/i18n/de/questions.ts, with its confidence).
const path = (question: string): readonly string[] => questions[question]!.path;

export const appRules: Readonly<Record<string, RuleTexts>> = {
	'tiktok-dms-from-everyone': {
		title: 'Fremde auf TikTok können Ihnen Direktnachrichten senden',
		why: 'Mit ungebetenen Nachrichten beginnen Betrug und Sextortion: Meldungen über finanzielle Sextortion von Minderjährigen stiegen innerhalb eines Jahres um 20 % (FBI, 2024), und TikTok schaltet Direktnachrichten für 13- bis 15-Jährige aus und stellt sie für 16- bis 17-Jährige auf „Niemand“ (TikTok, 2021).',
		ok: 'Nur Freunde, oder niemand, können Ihnen schreiben.',
		exposures: {
			anyone: 'Alle auf TikTok können Ihnen Direktnachrichten senden',
			suggested: 'Personen, die TikTok Ihnen vorschlägt, können Ihnen Direktnachrichten senden',
		},
		steps: {tiktok: appSteps('TikTok', path('tiktok.direct-messages'), 'Wählen Sie „Freunde“ oder „Niemand“.')},
	},
	'tiktok-suggests-account': {
		title: 'TikTok schlägt Ihr Konto anderen vor',
		why: 'Vorschläge zeigen Ihr Profil Fremden, mit denen Sie Kontakte oder Verbindungen teilen; das NCMEC zählte 2023 über 186.000 Meldungen zu Online-Anbahnung, mehr als 300 % mehr als 2021 (NCMEC, 2024).',
		ok: 'TikTok schlägt Ihr Konto anderen nicht vor.',
		exposures: {on: '„Dein Konto anderen vorschlagen“ ist für mindestens eine Gruppe an'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.suggest-account'), 'Schalten Sie alle Schalter aus.')},
	},
	'tiktok-location-services': {
		title: 'TikTok nutzt den Standort Ihres Geräts',
		why: 'Ein Standort, den die App ohne jedes Mal bewusste Entscheidung erfasst, kann Ihre Beiträge und Ihren Feed mit Ihrem Aufenthaltsort verknüpfen („Cybercasing“, Friedland und Sommer, 2010); auch wenn die Funktion aus ist, schätzt TikTok ihn über Ihr Netzwerk (TikTok-Hilfe).',
		ok: 'Die Standortdienste von TikTok sind aus.',
		exposures: {on: '„Standortdienste“ ist an'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.location-services'), 'Schalten Sie „Standortdienste“ aus.')},
	},
	'snapchat-contact-me-everyone': {
		title: 'Alle auf Snapchat können Sie kontaktieren',
		why: 'Mit ungebetenen Nachrichten beginnen Betrug und Sextortion, und Snapchat gehört zu den am häufigsten gemeldeten Plattformen bei Sextortion von Minderjährigen (NCMEC, 2024); Teen-Konten lassen sich nicht für alle öffnen (Snap).',
		ok: 'Nur Ihre Freunde (und gespeicherten Kontakte) können Sie kontaktieren.',
		exposures: {everyone: '„Mich kontaktieren“ steht auf „Alle“'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.contact-me'), 'Wählen Sie „Meine Freunde“.')},
	},
	'snapchat-story-public': {
		title: 'Alle können Ihre Snapchat-Story ansehen',
		why: 'Storys enthalten Hinweise in Echtzeit darauf, wo Sie sind und mit wem, und genau damit können Fremde Sie finden („Cybercasing“, Friedland und Sommer, 2010).',
		ok: 'Nur Freunde, oder Personen, die Sie ausgewählt haben, sehen Ihre Story.',
		exposures: {everyone: '„Meine Story ansehen“ steht auf „Alle“'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.view-my-story'), 'Wählen Sie „Freunde“ oder „Benutzerdefiniert“.')},
	},
	'snapchat-quick-add': {
		title: 'Snapchat schlägt Sie Fremden in Quick Add vor',
		why: 'Quick Add zeigt Ihr Profil Menschen mit gemeinsamen Freunden, der Weg, auf dem Sextortion-Täter Jugendliche erreichen; Instagram und Snapchat waren dafür die am häufigsten gemeldeten Plattformen (NCMEC, 2024).',
		ok: 'Sie werden in Quick Add nicht angezeigt.',
		exposures: {on: '„Mich in Quick Add anzeigen“ ist an'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.quick-add'), 'Schalten Sie „Mich in Quick Add anzeigen“ aus.')},
	},
	'snap-map-location': {
		title: 'Ihre Freunde sehen auf der Snap Map, wo Sie sind',
		why: 'Der Standort in Echtzeit ist das Gefährlichste, was man teilen kann, und „Freunde“ ist kein sicheres Publikum: Die meisten Stalker kennen ihr Opfer, 61 % der weiblichen Opfer werden von einem Partner gestalkt (NNEDV/CDC, 2017).',
		ok: 'Der Geistmodus ist an: Niemand sieht Ihren Standort.',
		exposures: {off: 'Der Geistmodus ist aus: Freunde sehen Ihren Live-Standort'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.ghost-mode'), 'Schalten Sie den „Geistmodus“ ein.')},
	},
	'instagram-map-location': {
		title: 'Sie teilen Ihren Standort auf der Instagram-Karte',
		why: 'Der Standort in Echtzeit ist das Gefährlichste, was man teilen kann: Die meisten Stalker kennen ihr Opfer (NNEDV/CDC, 2017), und 37 Generalstaatsanwälte von US-Bundesstaaten forderten Meta auf, Minderjährige von der Instagram-Karte auszuschließen (2025).',
		ok: 'Sie teilen Ihren Standort mit niemandem.',
		exposures: {
			friends: 'Ihre Freunde sehen Ihren Live-Standort auf der Karte',
			picked: 'Personen, die Sie ausgewählt haben, sehen Ihren Live-Standort auf der Karte',
		},
		steps: {instagram: appSteps('Instagram', path('instagram.map-sharing'), 'Wählen Sie „Niemand“.')},
	},
	'instagram-message-requests': {
		title: 'Fremde auf Instagram können Ihnen Nachrichtenanfragen senden',
		why: 'Mit ungebetenen Nachrichten beginnen Betrug und Sextortion: Meldungen über finanzielle Sextortion von Minderjährigen stiegen innerhalb eines Jahres um 20 % (FBI, 2024), und Teen-Konten auf Instagram bekommen nur Nachrichten von Personen, denen sie folgen (Meta, 2024).',
		ok: 'Personen, denen Sie nicht folgen, können Ihnen keine Nachrichtenanfragen senden.',
		exposures: {anyone: 'Alle auf Instagram können Ihnen Nachrichtenanfragen senden'},
		steps: {instagram: [
			'Öffnen Sie „Mehr“ (☰) › „Einstellungen“ › „Nachrichten und Story-Antworten“ (in der App: Profil › ☰ › Einstellungen und Aktivität › Nachrichten und Story-Antworten › Nachrichtenanfragen).',
			'Wählen Sie unter „Andere auf Instagram“ die Option „Keine Anfragen erhalten“.',
		]},
	},
	'instagram-activity-status': {
		title: 'Instagram zeigt, wann Sie online sind',
		why: 'Der Aktivitätsstatus verrät allen, denen Sie schreiben, wann Sie online sind, auch spät in der Nacht (risks-and-settings.md, INT-05).',
		ok: 'Ihr Aktivitätsstatus ist verborgen.',
		exposures: {on: '„Aktivitätsstatus anzeigen“ ist an'},
		steps: {instagram: appSteps('Instagram', path('instagram.activity-status'), 'Schalten Sie „Aktivitätsstatus anzeigen“ aus.')},
	},
	'venmo-public-payments': {
		title: 'Ihre neuen Venmo-Zahlungen sind öffentlich',
		why: 'Öffentliche Zahlungsnotizen verraten Gesundheit, Beziehungen, Gewohnheiten und Orte: Ein Forscher sammelte 208 Millionen öffentliche Venmo-Transaktionen aus dem Jahr 2017 (Public by Default, 2018).',
		ok: 'Neue Zahlungen sind nicht öffentlich.',
		exposures: {public: 'Alle können sehen, wen Sie bezahlen und wofür'},
		steps: {venmo: appSteps('Venmo', path('venmo.default-privacy'), 'Wählen Sie „Private“ (privat) und dann unter „Past transactions“ (frühere Zahlungen) „Change all to Private“ (alle auf privat stellen).')},
	},
	'venmo-friends-list-public': {
		title: 'Ihre Venmo-Freundesliste ist öffentlich',
		why: 'Eine öffentliche Freundesliste zeigt Ihre Familie und Ihren Kreis: Reporter fanden die Familie des US-Präsidenten über Venmo-Freundeslisten in weniger als 10 Minuten (BuzzFeed via EFF, 2021).',
		ok: 'Ihre Freundesliste ist nicht öffentlich.',
		exposures: {public: 'Alle können sehen, wer Ihre Venmo-Freunde sind'},
		steps: {venmo: appSteps('Venmo', path('venmo.friends-list'), 'Wählen Sie „Private“ (privat).')},
	},
};
