import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinContactSteps, linkedinSteps, xBirthdaySteps, youtubeStudioSteps} from './fix-steps.js';

// Profile details: birthday, places, contact details (src/core/rules/*.ts, family birthdate/location/contact).
export const profileRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-and-hometown': {
		title: 'Votre date de naissance complète et votre lieu d\'origine apparaissent ensemble',
		why: 'La date et le lieu de naissance ont permis de deviner les cinq premiers chiffres du numéro de sécurité sociale de 44 % des Américains nés après 1988 (Acquisti et Gross, PNAS 2009), et c\'est le duo classique pour vérifier une identité.',
		ok: 'Personne d\'autre que vous ne voit votre date de naissance complète avec votre ville d\'origine ou votre ville actuelle.',
		exposures: {
			'with-hometown': 'Votre date de naissance complète et votre ville d\'origine sont visibles par {audience:par}',
			'with-current-city': 'Votre date de naissance complète et votre ville actuelle sont visibles par {audience:par}',
		},
		steps: {facebook: facebookSteps.birthday},
	},
	'address-visible': {
		title: 'L\'adresse de votre domicile figure sur votre profil',
		why: 'Une adresse transforme un contact en ligne en visite à votre porte ; 7 % des adultes sur les réseaux sociaux avaient publié la leur (Consumer Reports, State of the Net 2010).',
		ok: 'Aucune adresse de domicile n\'est visible sur votre profil.',
		exposures: {visible: 'L\'adresse de votre domicile est visible par {audience:par}'},
		steps: {
			facebook: [...facebookSteps.contact('Adresse').slice(0, 2), 'À côté de votre adresse, choisissez Modifier › Supprimer (ou réglez l\'audience sur « Moi uniquement »).'],
			linkedin: linkedinContactSteps('Supprimez l\'adresse.'),
		},
	},
	'birthdate-visible': {
		title: 'Votre date de naissance complète, ou votre âge, figure sur votre profil',
		why: 'Une date de naissance complète est une réponse classique pour vérifier une identité et, avec le code postal et le sexe, elle identifie 87 % des Américains (Sweeney, 2000) ; pour un ado, un âge visible dit aux inconnus qu\'ils parlent à un enfant.',
		ok: 'Votre année de naissance est masquée : ni votre date de naissance complète ni votre âge ne figurent sur votre profil.',
		exposures: {
			'year-visible': 'Votre année de naissance (votre âge) est visible par {audience:par}',
			'full-date-visible': 'Votre date de naissance complète (jour, mois et année) est visible par {audience:par}',
			'date-visible': 'Votre date de naissance complète est visible par {audience:par}',
		},
		steps: {facebook: facebookSteps.birthday, x: xBirthdaySteps,
			linkedin: linkedinContactSteps('Sous « Date d\'anniversaire », choisissez qui peut la voir : « Vous uniquement » (ou supprimez-la).')},
	},
	'birthdate-line-x': {
		title: 'Votre profil X affiche une ligne « Naissance le … »',
		why: 'Votre date de naissance, ou une partie, est montrée à d\'autres que vous, et pour un ado un âge visible dit aux inconnus qu\'ils parlent à un enfant ; une date complète avec le code postal et le sexe identifie 87 % des Américains (Sweeney, 2000).',
		ok: 'Votre profil X n\'affiche aucune ligne « Naissance le … » : il n\'y a pas de date de naissance, ou vous seul(e) pouvez la voir.',
		exposures: {shown: 'Votre profil montre une ligne « Naissance le … » à d\'autres personnes que vous'},
		steps: {x: xBirthdaySteps},
	},
	'phone-visible': {
		title: 'Votre numéro de téléphone figure sur votre profil',
		why: 'Un numéro visible attire les appels frauduleux, les SMS d\'hameçonnage et les tentatives de piratage de carte SIM ; des données Facebook aspirées ont relié 533 millions de numéros à des profils (Facebook, avril 2021).',
		ok: 'Votre numéro de téléphone n\'est visible que par vous, ou ne figure pas sur votre profil.',
		exposures: {visible: 'Votre numéro de téléphone est visible par {audience:par}'},
		steps: {facebook: facebookSteps.contact('Mobile'), linkedin: linkedinContactSteps('Supprimez le numéro de téléphone.')},
	},
	'email-visible': {
		title: 'Votre adresse e-mail est visible au-delà de vos amis',
		why: 'Une adresse e-mail visible alimente l\'hameçonnage et les attaques par récupération de compte, et relie vos comptes d\'un site à l\'autre.',
		ok: 'Votre adresse e-mail n\'est visible que par vos amis, ou moins.',
		exposures: {visible: 'Votre adresse e-mail est visible par {audience:par}'},
		steps: {
			facebook: facebookSteps.contact('Adresse e-mail'),
			linkedin: linkedinSteps(['Visibilité', 'Qui peut voir ou télécharger votre adresse e-mail'],
				'Choisissez « Visible uniquement par moi » ou « Relations de 1er niveau », et désactivez l\'option qui permet à vos relations d\'exporter votre adresse e-mail.'),
			youtube: youtubeStudioSteps('Sous « Coordonnées », supprimez l\'adresse e-mail.'),
		},
	},
	'hometown-public': {
		title: 'Tout le monde peut voir votre ville d\'origine',
		why: 'Le lieu de naissance est la deuxième donnée qui sert à deviner le numéro de sécurité sociale (Acquisti et Gross, 2009), et une réponse courante aux questions de sécurité.',
		ok: 'Votre ville d\'origine n\'est pas publique.',
		exposures: {public: 'Votre ville d\'origine est visible par tout le monde (Public)'},
		steps: {facebook: facebookSteps.places('Ville d\'origine')},
	},
	'current-city-public': {
		title: 'Tout le monde peut voir la ville où vous vivez',
		why: 'Votre ville réduit beaucoup le champ pour savoir qui vous êtes et, pour un ado, où le trouver : 71 % des ados publient leur ville ou leur village (Pew Research, 2013).',
		ok: 'Votre ville actuelle n\'est pas publique.',
		exposures: {public: 'Votre ville actuelle est visible par tout le monde (Public)'},
		steps: {
			facebook: facebookSteps.places('Ville actuelle'),
			x: ['Ouvrez votre profil et choisissez « Éditer le profil ».', 'Effacez « Localisation », ou rendez-la plus vague (une région plutôt qu\'une ville).', 'Sélectionnez « Enregistrer ».'],
		},
	},
};
