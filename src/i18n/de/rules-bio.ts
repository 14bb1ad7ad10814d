import type {RuleTexts} from '../catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleTexts>> = {
	'bio-address': {
		title: 'Ihre Bio scheint eine Anschrift zu zeigen',
		why: 'Mit einer Wohnadresse kann jemand aus einem Online-Kontakt Stalking oder einen Einbruch machen; 7–8 % der Nutzer sozialer Netzwerke hatten eine veröffentlicht (Consumer Reports, 2010).',
		ok: 'In Ihrer Bio steht nichts, das wie eine Anschrift aussieht.',
		exposures: {shown: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht etwas, das wie eine Anschrift aussieht'},
		steps: bioSteps('die Adresse'),
	},
	'bio-phone': {
		title: 'Ihre Bio zeigt eine Telefonnummer',
		why: 'Eine sichtbare Nummer lädt zu Betrugsanrufen, Phishing-SMS und SIM-Swapping-Versuchen ein, und über sie lassen sich Ihre anderen Konten finden; abgegriffene Facebook-Daten ordneten 533 Millionen Telefonnummern Profilen zu (Facebook, April 2021).',
		ok: 'In Ihrer Bio steht keine Telefonnummer.',
		exposures: {shown: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht eine Telefonnummer'},
		steps: bioSteps('die Telefonnummer'),
	},
	'bio-age-or-school': {
		title: 'Ihre Bio verrät, wie alt Sie sind oder auf welche Schule Sie gehen',
		why: 'Ein Alter verrät Fremden, dass sie mit einem Kind sprechen, und eine Schule ist ein verlässlicher Ort, an dem man es jeden Tag findet: 71 % der Jugendlichen gaben den Namen ihrer Schule an (Pew Research, 2013).',
		ok: 'Ihre Bio nennt weder Ihr Alter noch Ihre Schule.',
		exposures: {
			'age-and-school': 'In Ihrer Bio, sichtbar für {audience:fuer}, stehen Ihr Alter und Ihre Schule',
			age: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht Ihr Alter oder Ihre Klassenstufe',
			school: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht Ihre Schule',
		},
		steps: bioSteps('Ihr Alter, Ihre Klassenstufe und den Namen Ihrer Schule'),
	},
	'bio-full-date': {
		title: 'Ihre Bio zeigt ein vollständiges Datum mit Jahr',
		why: 'Wenn es Ihr Geburtstag ist, hebt ein solcher Text die Profileinstellung auf, die ihn verbirgt: 42 % der Facebook-Nutzer zeigten ein vollständiges Geburtsdatum mit Jahr (Consumer Reports, 2010).',
		ok: 'In Ihrer Bio steht kein vollständiges Datum.',
		exposures: {shown: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht ein vollständiges Datum (Tag, Monat und Jahr)'},
		steps: bioSteps('das Datum (oder zumindest das Jahr)'),
	},
	'bio-email': {
		title: 'Ihre Bio zeigt eine E-Mail-Adresse',
		why: 'Eine sichtbare E-Mail-Adresse begünstigt Phishing und Angriffe über die Kontowiederherstellung, und über sie lassen sich Ihre anderen Konten finden (Twitter, August 2022).',
		ok: 'In Ihrer Bio steht keine E-Mail-Adresse, oder nur Ihre Kontakte sehen sie.',
		exposures: {shown: 'In Ihrer Bio, sichtbar für {audience:fuer}, steht eine E-Mail-Adresse'},
		steps: bioSteps('die E-Mail-Adresse'),
	},
};
