import type {RuleTexts} from '../catalog.js';
import {redditSteps} from './fix-steps.js';

// Reddit's own rules (src/core/rules/reddit-*.ts); the rules it shares with other sites have their Reddit steps beside theirs.
export const redditRules: Readonly<Record<string, RuleTexts>> = {
	'reddit-followers-allowed': {
		title: 'N\'importe qui sur Reddit peut vous suivre',
		why: 'Vos abonnés reçoivent dans leur fil ce que vous publiez sur votre profil, sans que vous les acceptiez : un inconnu peut suivre de près un compte pseudonyme sans rien demander.',
		ok: 'Personne ne peut vous suivre.',
		exposures: {on: '« Autoriser les autres à vous suivre » est activé'},
		steps: {reddit: redditSteps('Profil', 'Désactivez « Autoriser les autres à vous suivre ».')},
	},
	'reddit-profile-content-public': {
		title: 'Votre profil montre toutes vos publications et tous vos commentaires',
		why: 'Lu d\'un bout à l\'autre, l\'historique d\'un pseudonyme trahit souvent où la personne vit, travaille ou étudie, et les commentaires supprimés survivent dans des archives tierces.',
		ok: 'Votre profil ne montre pas toutes vos publications et tous vos commentaires.',
		exposures: {public: '« Garder toutes les publications et tous les commentaires publics » est choisi'},
		steps: {reddit: redditSteps('Profil', 'Sous « Contenu et activité », choisissez de trier ou de masquer ce que montre votre profil.')},
	},
	'reddit-active-communities': {
		title: 'Votre profil liste les communautés où vous êtes actif',
		why: 'La liste résume vos centres d\'intérêt d\'un coup d\'œil, communautés de santé, locales ou de loisirs comprises, et aide à relier un compte pseudonyme à la personne derrière.',
		ok: 'Votre profil ne liste pas les communautés où vous êtes actif.',
		exposures: {on: 'Les communautés où vous êtes actif sont affichées sur votre profil'},
		steps: {reddit: redditSteps('Profil', 'Désactivez l\'option qui affiche les communautés où vous êtes actif.')},
	},
	'reddit-online-status': {
		title: 'Reddit montre quand vous êtes en ligne',
		why: 'Un indicateur de présence dit à tous ceux avec qui vous discutez quand vous êtes connecté, tard le soir compris.',
		ok: 'Reddit ne montre pas quand vous êtes en ligne.',
		exposures: {on: 'Votre statut en ligne est visible'},
		steps: {reddit: redditSteps('Confidentialité', 'Désactivez l\'option qui montre que vous êtes actif sur Reddit.')},
	},
	'reddit-messages-from-everyone': {
		title: 'N\'importe qui sur Reddit peut vous envoyer des messages privés',
		why: 'Les messages non sollicités sont la porte d\'entrée des arnaques et de la sextorsion : les signalements de sextorsion financière visant des mineurs ont augmenté de 20 % en un an (FBI, 2024).',
		ok: 'Les inconnus ne peuvent pas vous envoyer de messages privés.',
		exposures: {anyone: 'Tout le monde peut vous envoyer des messages privés'},
		steps: {reddit: redditSteps('Confidentialité', 'À « Qui peut vous envoyer des messages privés ? », choisissez « Personne », puis ajoutez les personnes de confiance.')},
	},
	'reddit-location-recommendations': {
		title: 'Reddit adapte ce qu\'il vous montre à votre localisation approximative',
		why: 'Votre localisation, déduite de votre connexion, entre dans ce que Reddit garde sur vous et suit le compte d\'où que vous publiiez.',
		ok: 'Les recommandations ne tiennent pas compte de votre localisation.',
		exposures: {on: 'Les recommandations selon votre localisation approximative sont activées'},
		steps: {reddit: redditSteps('Confidentialité', 'Désactivez les recommandations personnalisées selon votre localisation approximative.')},
	},
	'reddit-profile-discoverable': {
		title: 'Votre profil et ses publications sont montrés à des inconnus',
		why: 'Listé parmi les utilisateurs et dans r/all, un profil atteint des gens qui ne le cherchaient pas : un compte pseudonyme devient plus facile à trouver et à recouper.',
		ok: 'Votre profil n\'est pas proposé à la découverte.',
		exposures: {on: '« Visibilité du contenu » est activé'},
		steps: {reddit: redditSteps('Profil', 'Désactivez « Visibilité du contenu ».')},
	},
};
