import type {RuleTexts} from '../catalog.js';

// Rules across accounts (src/core/rules/across/*.ts). They have no steps of their own: each site's
// part shows the German steps of the one-site rule that fixes it there.
export const acrossRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-across-sites': {
		title: 'Ihr vollständiges Geburtsdatum lässt sich aus zwei Ihrer Profile zusammensetzen',
		why: 'Das Jahr auf einer Website zu verbergen hilft nicht, wenn eine andere es zeigt: Ein vollständiges Geburtsdatum ist eine klassische Antwort bei der Identitätsprüfung, und zusammen mit Postleitzahl und Geschlecht identifiziert es 87 % der US-Amerikaner eindeutig (Sweeney, 2000).',
		ok: 'Keine zwei Ihrer Profile zeigen Ihr vollständiges Geburtsdatum zusammen mehr Menschen als eines allein.',
		exposures: {pieced: 'Ihr Geburtstag auf {site} und Ihr Geburtsjahr auf {otherSite} sind beide sichtbar für {audience:fuer}: Zusammen ergeben sie Ihr vollständiges Geburtsdatum'},
		steps: {},
	},
	'phone-shown-and-findable': {
		title: 'Ihre Telefonnummer steht in einem Profil und führt zu einem anderen',
		why: 'Eine Nummer, die man auf einer Website lesen kann, führt zu Ihrem Konto auf einer anderen: Die Suche per Telefonnummer ordnete 533 Millionen Facebook- und 5,4 Millionen Twitter-Konten ihren Inhabern zu (Facebook, April 2021; Twitter, August 2022).',
		ok: 'Kein Profil zeigt Ihre Telefonnummer, während ein anderes Sie darüber auffindbar macht.',
		exposures: {'shown-and-findable': 'Ihre Telefonnummer ist auf {site} sichtbar für {audience:fuer}, und auf {otherSite} sind Sie über sie auffindbar für {who:fuer}'},
		steps: {},
	},
	'city-on-several-sites': {
		title: 'Ein Wohnort oder eine Heimatstadt ist in mehr als einem Ihrer Profile öffentlich',
		why: 'Derselbe Ort in mehreren öffentlichen Profilen hilft Fremden, Ihre Konten miteinander zu verknüpfen, und grenzt ein, wo Sie sind; 71 % der Jugendlichen geben ihre Stadt oder ihren Ort an (Pew Research, 2013).',
		ok: 'Höchstens eines Ihrer Profile zeigt einen Wohnort oder eine Heimatstadt öffentlich.',
		exposures: {'public-on': 'Ein Wohnort oder eine Heimatstadt ist auf {sites} öffentlich sichtbar. Ist es derselbe Ort, verknüpft das diese Profile'},
		steps: {},
	},
};
