import type {RuleTexts} from '../catalog.js';
import {youtubePrivacySteps, youtubeStudioSteps} from './fix-steps.js';

// YouTube's own rules (src/core/rules/saved-playlists-public.ts, channel-*.ts; platform-pages-3.md §3).
export const youtubeRules: Readonly<Record<string, RuleTexts>> = {
	'saved-playlists-public': {
		title: 'Tout le monde peut voir les playlists que vous avez enregistrées sur YouTube',
		why: 'Les playlists que vous enregistrez révèlent vos centres d\'intérêt, vos convictions et vos habitudes à quiconque ouvre votre chaîne, et les outils qui les exportent vous demandent d\'abord de les rendre publiques.',
		ok: 'Vos playlists enregistrées sont privées.',
		exposures: {public: 'Vos playlists enregistrées s\'affichent sur votre chaîne, visibles par tous'},
		steps: {youtube: youtubePrivacySteps('garder toutes vos playlists enregistrées privées')},
	},
	'channel-country-shown': {
		title: 'Votre chaîne YouTube affiche votre pays',
		why: 'Un pays dit peu à lui seul, mais ajouté à un prénom, une école ou une ville aperçue dans une vidéo, il permet de cerner qui vous êtes et où vous vivez (Pew Research, 2013 : 71 % des ados indiquent leur ville).',
		ok: 'Votre chaîne n\'affiche aucun pays.',
		exposures: {shown: 'La section « À propos » de votre chaîne affiche votre pays à tout le monde'},
		steps: {youtube: ['Sur votre chaîne, sélectionnez « Personnaliser la chaîne » : YouTube Studio s\'ouvre.', 'Ouvrez Paramètres › Chaîne › Informations générales.', 'Retirez le pays de résidence si YouTube le permet, puis enregistrez. Sinon, il reste affiché dans « À propos ».']},
	},
	'channel-links-shown': {
		title: 'Votre chaîne YouTube renvoie vers vos autres comptes',
		why: 'Les liens de votre chaîne la relient à vos autres comptes : ce que l\'un laisse voir, un inconnu peut le recouper avec le reste, et c\'est ainsi que tombent les pseudonymes.',
		ok: 'Votre chaîne n\'affiche aucun lien.',
		exposures: {links: {count: 'count', one: 'La section « À propos » de votre chaîne montre {count} lien à tout le monde', other: 'La section « À propos » de votre chaîne montre {count} liens à tout le monde'}},
		steps: {youtube: youtubeStudioSteps('Sous « Liens », supprimez ceux que vous ne voulez pas voir suivis par des inconnus.')},
	},
};
