import type {RuleTexts} from '../catalog.js';
import {appSteps} from './fix-steps.js';
import {questions} from './questions.js';

// Settings only the phone apps show, answered through guided questions (src/core/rules/<id>.ts with
// appFix). The steps follow each question's French path in the app (questions.ts, with its confidence).
const path = (question: string): readonly string[] => questions[question]!.path;

export const appRules: Readonly<Record<string, RuleTexts>> = {
	'tiktok-dms-from-everyone': {
		title: 'Des inconnus sur TikTok peuvent vous envoyer des messages directs',
		why: 'Les messages non sollicités sont le point de départ des arnaques et de la sextorsion : les signalements de sextorsion financière de mineurs ont augmenté de 20 % en un an (FBI, 2024), et TikTok désactive les messages directs pour les 13–15 ans et les règle sur « Personne » pour les 16–17 ans (TikTok, 2021).',
		ok: 'Seuls vos amis, ou personne, peuvent vous écrire.',
		exposures: {
			anyone: 'Tout le monde sur TikTok peut vous envoyer des messages directs',
			suggested: 'Les personnes que TikTok vous suggère peuvent vous envoyer des messages directs',
		},
		steps: {tiktok: appSteps('TikTok', path('tiktok.direct-messages'), 'Choisissez « Amis » ou « Personne ».')},
	},
	'tiktok-suggests-account': {
		title: 'TikTok suggère votre compte à d\'autres personnes',
		why: 'Les suggestions poussent votre profil vers des inconnus qui partagent des contacts ou des relations avec vous ; le NCMEC a compté plus de 186 000 signalements de manipulation en ligne en 2023, soit plus de 300 % de plus qu\'en 2021 (NCMEC, 2024).',
		ok: 'TikTok ne suggère pas votre compte aux autres.',
		exposures: {on: '« Suggérer votre compte à d\'autres personnes » est activé pour au moins un groupe'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.suggest-account'), 'Désactivez tous les interrupteurs.')},
	},
	'tiktok-location-services': {
		title: 'TikTok utilise la position de votre appareil',
		why: 'Une position que l\'app collecte sans choix conscient à chaque fois peut relier vos publications et votre fil à l\'endroit où vous êtes (« cybercasing », Friedland et Sommer, 2010) ; TikTok l\'estime encore à partir de votre réseau quand ce réglage est désactivé (aide TikTok).',
		ok: 'Les services de localisation de TikTok sont désactivés.',
		exposures: {on: '« Services de localisation » est activé'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.location-services'), 'Désactivez « Services de localisation ».')},
	},
	'snapchat-contact-me-everyone': {
		title: 'Tout le monde sur Snapchat peut vous contacter',
		why: 'Les messages non sollicités sont le point de départ des arnaques et de la sextorsion, et Snapchat fait partie des plateformes les plus signalées pour la sextorsion de mineurs (NCMEC, 2024) ; les comptes ados ne peuvent pas être ouverts à tout le monde (Snap).',
		ok: 'Seuls vos amis (et vos contacts enregistrés) peuvent vous contacter.',
		exposures: {everyone: '« Me contacter » est réglé sur Tout le monde'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.contact-me'), 'Choisissez « Mes amis ».')},
	},
	'snapchat-story-public': {
		title: 'Tout le monde peut voir votre Story Snapchat',
		why: 'Les Stories donnent en temps réel des indices sur l\'endroit où vous êtes et avec qui, et c\'est ce qui permet à des inconnus de vous retrouver (« cybercasing », Friedland et Sommer, 2010).',
		ok: 'Seuls vos amis, ou les personnes que vous avez choisies, voient votre Story.',
		exposures: {everyone: '« Voir ma Story » est réglé sur Tout le monde'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.view-my-story'), 'Choisissez « Amis » ou « Personnalisé ».')},
	},
	'snapchat-quick-add': {
		title: 'Snapchat vous suggère à des inconnus dans l\'Ajout rapide',
		why: 'L\'Ajout rapide pousse votre profil vers des personnes qui ont des amis en commun avec vous, la voie qu\'empruntent les auteurs de sextorsion pour atteindre les ados ; Instagram et Snapchat étaient les plateformes les plus signalées pour cela (NCMEC, 2024).',
		ok: 'Vous n\'apparaissez pas dans l\'Ajout rapide.',
		exposures: {on: '« Me montrer dans Ajout rapide » est activé'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.quick-add'), 'Désactivez « Me montrer dans Ajout rapide ».')},
	},
	'snap-map-location': {
		title: 'Vos amis peuvent voir où vous êtes sur la Snap Map',
		why: 'La position en temps réel est ce qu\'il y a de plus dangereux à partager, et « amis » n\'est pas une audience sûre : la plupart des harceleurs connaissent leur victime, et 61 % des femmes victimes de harcèlement le sont par un partenaire (NNEDV/CDC, 2017).',
		ok: 'Le Mode Fantôme est activé : personne ne voit votre position.',
		exposures: {off: 'Le Mode Fantôme est désactivé : vos amis voient votre position en direct'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.ghost-mode'), 'Activez le « Mode Fantôme ».')},
	},
	'instagram-map-location': {
		title: 'Vous partagez votre position sur la carte Instagram',
		why: 'La position en temps réel est ce qu\'il y a de plus dangereux à partager : la plupart des harceleurs connaissent leur victime (NNEDV/CDC, 2017), et 37 procureurs généraux d\'États américains ont demandé à Meta d\'interdire la carte Instagram aux mineurs (2025).',
		ok: 'Vous ne partagez votre position avec personne.',
		exposures: {
			friends: 'Vos amis peuvent voir votre position en direct sur la carte',
			picked: 'Les personnes que vous avez choisies peuvent voir votre position en direct sur la carte',
		},
		steps: {instagram: appSteps('Instagram', path('instagram.map-sharing'), 'Choisissez « Personne ».')},
	},
	'instagram-message-requests': {
		title: 'Des inconnus sur Instagram peuvent vous envoyer des demandes de message',
		why: 'Les messages non sollicités sont le point de départ des arnaques et de la sextorsion : les signalements de sextorsion financière de mineurs ont augmenté de 20 % en un an (FBI, 2024), et les comptes Ado d\'Instagram ne reçoivent de messages que des personnes qu\'ils suivent (Meta, 2024).',
		ok: 'Les personnes que vous ne suivez pas ne peuvent pas vous envoyer de demandes de message.',
		exposures: {anyone: 'Tout le monde sur Instagram peut vous envoyer des demandes de message'},
		steps: {instagram: [
			'Ouvrez Plus (☰) › Paramètres › « Messages et réponses aux stories » (dans l\'app : Profil › ☰ › Paramètres et activité › Messages et réponses aux stories › Demandes de message).',
			'Sous « Autres personnes sur Instagram », choisissez « Ne pas recevoir de demandes ».',
		]},
	},
	'instagram-activity-status': {
		title: 'Instagram montre quand vous êtes en ligne',
		why: 'Le statut en ligne indique à tous ceux avec qui vous échangez quand vous êtes connecté(e), y compris tard le soir (risks-and-settings.md, INT-05).',
		ok: 'Votre statut en ligne est masqué.',
		exposures: {on: '« Afficher le statut en ligne » est activé'},
		steps: {instagram: appSteps('Instagram', path('instagram.activity-status'), 'Désactivez « Afficher le statut en ligne ».')},
	},
	'venmo-public-payments': {
		title: 'Vos nouveaux paiements Venmo sont publics',
		why: 'Les notes de paiement publiques dévoilent santé, relations, habitudes et lieux : un chercheur a collecté 208 millions de transactions Venmo publiques de 2017 (Public by Default, 2018).',
		ok: 'Les nouveaux paiements ne sont pas publics.',
		exposures: {public: 'Tout le monde peut voir qui vous payez, et pourquoi'},
		steps: {venmo: appSteps('Venmo', path('venmo.default-privacy'), 'Choisissez « Private » (privé), puis sous « Past transactions », choisissez « Change all to Private ».')},
	},
	'venmo-friends-list-public': {
		title: 'Votre liste d\'amis Venmo est publique',
		why: 'Une liste d\'amis publique dessine la carte de votre famille et de votre entourage : des journalistes ont retrouvé la famille du président des États-Unis grâce aux listes d\'amis Venmo en moins de 10 minutes (BuzzFeed via l\'EFF, 2021).',
		ok: 'Votre liste d\'amis n\'est pas publique.',
		exposures: {public: 'Tout le monde peut voir qui sont vos amis sur Venmo'},
		steps: {venmo: appSteps('Venmo', path('venmo.friends-list'), 'Choisissez « Private » (privé).')},
	},
};
