import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinContactSteps, linkedinSteps, xBirthdaySteps, youtubeStudioSteps} from './fix-steps.js';

// Profile details: birthday, places, contact details (src/core/rules/*.ts, family birthdate/location/contact).
export const profileRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-and-hometown': {
		title: 'Ihr vollständiges Geburtsdatum und Ihre Herkunft sind zusammen sichtbar',
		why: 'Geburtsdatum und Geburtsort verrieten bei 44 % der nach 1988 geborenen US-Amerikaner die ersten fünf Ziffern der Sozialversicherungsnummer (Acquisti & Gross, PNAS 2009), und sie sind das klassische Paar, mit dem Identitäten überprüft werden.',
		ok: 'Niemand außer Ihnen sieht Ihr vollständiges Geburtsdatum zusammen mit Ihrer Heimatstadt oder Ihrem Wohnort.',
		exposures: {
			'with-hometown': 'Ihr vollständiges Geburtsdatum und Ihre Heimatstadt sind beide sichtbar für {audience:fuer}',
			'with-current-city': 'Ihr vollständiges Geburtsdatum und Ihr aktueller Wohnort sind beide sichtbar für {audience:fuer}',
		},
		steps: {facebook: facebookSteps.birthday},
	},
	'address-visible': {
		title: 'Ihre Wohnadresse steht in Ihrem Profil',
		why: 'Eine Wohnadresse macht aus einem Online-Kontakt einen Besuch an der Haustür; 7 % der erwachsenen Nutzer sozialer Netzwerke hatten ihre veröffentlicht (Consumer Reports, State of the Net 2010).',
		ok: 'In Ihrem Profil ist keine Wohnadresse sichtbar.',
		exposures: {visible: 'Ihre Wohnadresse ist sichtbar für {audience:fuer}'},
		steps: {
			facebook: [...facebookSteps.contact('Adresse').slice(0, 2), 'Wählen Sie neben Ihrer Adresse „Bearbeiten“ › „Löschen“ (oder stellen Sie das Publikum auf „Nur ich“).'],
			linkedin: linkedinContactSteps('Löschen Sie die Adresse.'),
		},
	},
	'birthdate-visible': {
		title: 'Ihr vollständiges Geburtsdatum oder Ihr Alter steht in Ihrem Profil',
		why: 'Ein vollständiges Geburtsdatum ist eine klassische Antwort bei der Identitätsprüfung, und zusammen mit Postleitzahl und Geschlecht identifiziert es 87 % der US-Amerikaner eindeutig (Sweeney, 2000); bei Jugendlichen verrät ein sichtbares Alter Fremden, dass sie mit einem Kind sprechen.',
		ok: 'Ihr Geburtsjahr ist verborgen, also steht weder Ihr vollständiges Geburtsdatum noch Ihr Alter in Ihrem Profil.',
		exposures: {
			'year-visible': 'Ihr Geburtsjahr (und damit Ihr Alter) ist sichtbar für {audience:fuer}',
			'full-date-visible': 'Ihr vollständiges Geburtsdatum (Tag, Monat und Jahr) ist sichtbar für {audience:fuer}',
			'date-visible': 'Ihr vollständiges Geburtsdatum ist sichtbar für {audience:fuer}',
		},
		steps: {facebook: facebookSteps.birthday, x: xBirthdaySteps,
			linkedin: linkedinContactSteps('Wählen Sie unter „Geburtstag“, wer ihn sehen kann: „Nur Sie“ (oder löschen Sie den Geburtstag).')},
	},
	'birthdate-line-x': {
		title: 'Ihr X-Profil zeigt eine Zeile „Geboren am …“',
		why: 'Ihr Geburtsdatum, ganz oder teilweise, ist für andere als Sie sichtbar, und bei Jugendlichen verrät ein sichtbares Alter Fremden, dass sie mit einem Kind sprechen; ein vollständiges Datum mit Postleitzahl und Geschlecht identifiziert 87 % der US-Amerikaner eindeutig (Sweeney, 2000).',
		ok: 'Ihr X-Profil zeigt keine Zeile „Geboren am …“: Es ist kein Geburtsdatum angegeben, oder nur Sie sehen es.',
		exposures: {shown: 'Ihr Profil zeigt anderen als Ihnen eine Zeile „Geboren am …“'},
		steps: {x: xBirthdaySteps},
	},
	'phone-visible': {
		title: 'Ihre Telefonnummer steht in Ihrem Profil',
		why: 'Eine sichtbare Nummer lädt zu Betrugsanrufen, Phishing-SMS und SIM-Swapping-Versuchen ein; abgegriffene Facebook-Daten ordneten 533 Millionen Telefonnummern Profilen zu (Facebook, April 2021).',
		ok: 'Ihre Telefonnummer sehen nur Sie, oder sie steht nicht in Ihrem Profil.',
		exposures: {visible: 'Ihre Telefonnummer ist sichtbar für {audience:fuer}'},
		steps: {facebook: facebookSteps.contact('Mobiltelefon'), linkedin: linkedinContactSteps('Löschen Sie die Telefonnummer.')},
	},
	'email-visible': {
		title: 'Ihre E-Mail-Adresse ist über Ihre Freunde hinaus sichtbar',
		why: 'Eine sichtbare E-Mail-Adresse begünstigt Phishing und Angriffe über die Kontowiederherstellung, und sie verknüpft Ihre Konten über Websites hinweg.',
		ok: 'Ihre E-Mail-Adresse sehen höchstens Ihre Freunde.',
		exposures: {visible: 'Ihre E-Mail-Adresse ist sichtbar für {audience:fuer}'},
		steps: {
			facebook: facebookSteps.contact('E-Mail'),
			linkedin: linkedinSteps(['Sichtbarkeit', 'Wer kann Ihre E-Mail-Adresse sehen oder herunterladen'],
				'Wählen Sie „Nur für mich sichtbar“ oder „Kontakte 1. Grades“ und schalten Sie den Schalter aus, mit dem Kontakte Ihre E-Mail-Adresse exportieren können.'),
			youtube: youtubeStudioSteps('Löschen Sie unter „Kontaktdaten“ die E-Mail-Adresse.'),
		},
	},
	'hometown-public': {
		title: 'Alle können Ihre Heimatstadt sehen',
		why: 'Der Geburtsort ist die zweite Angabe für die Vorhersage von Sozialversicherungsnummern (Acquisti & Gross, 2009) und eine häufige Antwort auf Sicherheitsfragen.',
		ok: 'Ihre Heimatstadt ist nicht öffentlich.',
		exposures: {public: 'Ihre Heimatstadt ist öffentlich sichtbar'},
		steps: {facebook: facebookSteps.places('Heimatstadt')},
	},
	'current-city-public': {
		title: 'Alle können sehen, in welcher Stadt Sie wohnen',
		why: 'Ihr Wohnort grenzt ein, wer Sie sind, und bei Jugendlichen, wo man sie findet: 71 % der Jugendlichen geben ihre Stadt oder ihren Ort an (Pew Research, 2013).',
		ok: 'Ihr aktueller Wohnort ist nicht öffentlich.',
		exposures: {public: 'Ihr aktueller Wohnort ist öffentlich sichtbar'},
		steps: {
			facebook: facebookSteps.places('Aktueller Wohnort'),
			x: ['Öffnen Sie Ihr Profil und wählen Sie „Profil bearbeiten“.', 'Leeren Sie „Standort“ oder machen Sie ihn ungenauer (eine Region statt eines Ortes).', 'Wählen Sie „Speichern“.'],
		},
	},
};
