import type {RuleTexts} from '../catalog.js';
import {bioSteps} from './fix-steps.js';

// What the user's own bio shows, by kind (src/core/rules/bio-*.ts; the fields of src/core/bio/scan-bio.ts).
export const bioRules: Readonly<Record<string, RuleTexts>> = {
	'bio-address': {
		title: 'Votre bio semble indiquer une adresse postale',
		why: 'Une adresse de domicile permet de passer d\'un contact en ligne à la traque ou au cambriolage ; 7 à 8 % des utilisateurs de réseaux sociaux en avaient publié une (Consumer Reports, 2010).',
		ok: 'Votre bio ne contient rien qui ressemble à une adresse postale.',
		exposures: {shown: 'Votre bio montre ce qui ressemble à une adresse postale à {audience:par}'},
		steps: bioSteps('l\'adresse'),
	},
	'bio-phone': {
		title: 'Votre bio affiche un numéro de téléphone',
		why: 'Un numéro visible attire les appels frauduleux, les SMS d\'hameçonnage et les tentatives de piratage de carte SIM, et permet de retrouver vos autres comptes ; des données Facebook aspirées ont relié 533 millions de numéros à des profils (Facebook, avril 2021).',
		ok: 'Votre bio ne contient aucun numéro de téléphone.',
		exposures: {shown: 'Votre bio montre un numéro de téléphone à {audience:par}'},
		steps: bioSteps('le numéro de téléphone'),
	},
	'bio-age-or-school': {
		title: 'Votre bio dit quel âge vous avez ou dans quel établissement vous êtes',
		why: 'Un âge dit aux inconnus qu\'ils parlent à un enfant, et un établissement scolaire indique où le trouver chaque jour : 71 % des ados publiaient le nom de leur établissement (Pew Research, 2013).',
		ok: 'Votre bio ne mentionne ni votre âge ni votre établissement scolaire.',
		exposures: {
			'age-and-school': 'Votre bio montre votre âge et votre établissement scolaire à {audience:par}',
			age: 'Votre bio montre votre âge ou votre classe à {audience:par}',
			school: 'Votre bio montre votre établissement scolaire à {audience:par}',
		},
		steps: bioSteps('votre âge, votre classe et le nom de votre établissement'),
	},
	'bio-full-date': {
		title: 'Votre bio affiche une date complète, avec l\'année',
		why: 'Si c\'est votre anniversaire, ce texte annule le paramètre du profil qui le masque : 42 % des utilisateurs de Facebook laissaient voir une date de naissance complète avec l\'année (Consumer Reports, 2010).',
		ok: 'Votre bio ne contient aucune date complète.',
		exposures: {shown: 'Votre bio montre une date complète (jour, mois et année) à {audience:par}'},
		steps: bioSteps('la date (ou au moins son année)'),
	},
	'bio-email': {
		title: 'Votre bio affiche une adresse e-mail',
		why: 'Une adresse e-mail visible alimente l\'hameçonnage et les attaques par récupération de compte, et permet de retrouver vos autres comptes (Twitter, août 2022).',
		ok: 'Votre bio ne contient aucune adresse e-mail, ou seules vos relations la voient.',
		exposures: {shown: 'Votre bio montre une adresse e-mail à {audience:par}'},
		steps: bioSteps('l\'adresse e-mail'),
	},
};
