import type {Catalog} from '../catalog.js';

// French for the guided questions (src/core/questions/*.ts): the in-app path, the question, the app's
// own option labels and the defaults. Where the app's French labels are documented they are used as
// the app shows them; confidence per app:
// - TikTok: "Profil › ☰ › Paramètres et confidentialité › Confidentialité", "Compte privé", "Messages
//   directs", "Amis", "Personne" (support.tiktok.com/fr and French guides, M); the other rows and
//   options are faithful translations (L).
// - Snapchat: "Paramètres", "Contrôles de confidentialité", "Mes amis", "Mode Fantôme" (help.snapchat.com/fr, M);
//   "Me contacter", "Voir ma Story", "Me montrer dans Ajout rapide" (French guides, L).
// - Instagram: "Paramètres et activité", "Confidentialité du compte", "Compte privé", "Amis proches",
//   "Messages et réponses aux stories" (French guides, M); the Map's rows and "Ne pas recevoir de
//   demandes" (L).
// - Venmo: not offered in French, so its labels stay as the app shows them, with a French gloss (L).
const tiktok = ['Profil', '☰', 'Paramètres et confidentialité', 'Confidentialité'];
const snapchat = ['Votre avatar', '⚙ Paramètres', 'Contrôles de confidentialité'];
const instagram = ['Profil', '☰', 'Paramètres et activité'];
const venmo = ['☰', 'Settings (Paramètres)', 'Privacy (Confidentialité)'];
const onOff = (on = 'Activé', off = 'Désactivé') => ({on, off});
const venmoAudience = {public: 'Public', friends: 'Friends (amis)', private: 'Private (privé)'};

export const questions: Catalog['questions'] = {
	'tiktok.private-account': {
		path: [...tiktok, 'Compte privé'],
		ask: '« Compte privé » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'Désactivé (public)', teen: '13–15 ans : activé ; 16–17 ans : activé, sauf s\'ils ont choisi public à l\'inscription'},
	},
	'tiktok.direct-messages': {
		path: [...tiktok, 'Messages directs'],
		ask: 'Qui peut vous envoyer des messages directs ?',
		options: {everyone: 'Tout le monde', 'suggested-friends': 'Amis suggérés', friends: 'Amis', 'no-one': 'Personne'},
		defaults: {adult: 'non documenté', teen: '13–15 ans : messages directs indisponibles ; 16–17 ans : Personne'},
	},
	'tiktok.suggest-account': {
		path: [...tiktok, 'Suggérer votre compte à d\'autres personnes'],
		ask: 'Un interrupteur est-il activé : Contacts, Amis Facebook, Personnes avec des relations en commun, Personnes qui ouvrent vos liens ou vous en envoient ?',
		options: onOff('Au moins un est activé', 'Tous sont désactivés'),
		defaults: {adult: 'Activé', teen: '13–15 ans : désactivé'},
	},
	'tiktok.location-services': {
		path: [...tiktok, 'Services de localisation'],
		ask: '« Services de localisation » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'demandé la première fois que vous ouvrez le fil Pour toi', teen: 'non documenté'},
	},
	'tiktok.downloads': {
		path: [...tiktok, 'Téléchargements'],
		ask: '« Téléchargements de vidéos » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'Activé', teen: '13–15 ans : non autorisé ; 16–17 ans : désactivé'},
	},
	'snapchat.contact-me': {
		path: [...snapchat, 'Me contacter'],
		ask: 'Qui peut vous contacter ?',
		options: {everyone: 'Tout le monde', friends: 'Mes amis', 'friends-and-contacts': 'Mes amis et contacts'},
		defaults: {adult: 'Mes amis (et contacts)', teen: 'Mes amis et contacts, sans possibilité d\'élargir'},
	},
	'snapchat.view-my-story': {
		path: [...snapchat, 'Voir ma Story'],
		ask: 'Qui peut voir votre Story ?',
		options: {everyone: 'Tout le monde', friends: 'Amis', custom: 'Personnalisé'},
		defaults: {adult: 'Amis', teen: 'Amis'},
	},
	'snapchat.quick-add': {
		path: [...snapchat, 'Me montrer dans Ajout rapide'],
		ask: '« Me montrer dans Ajout rapide » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'Activé', teen: 'limité aux personnes ayant des amis en commun'},
	},
	'snapchat.ghost-mode': {
		path: ['Snap Map', '⚙ Paramètres', 'Mode Fantôme'],
		ask: 'Le « Mode Fantôme » est-il activé (votre position cachée à tous) ?',
		options: onOff('Activé (position cachée)', 'Désactivé (vos amis peuvent voir votre position)'),
		defaults: {adult: 'partage de position désactivé', teen: 'partage de position désactivé ; amis uniquement s\'il est activé'},
	},
	'instagram.private-account': {
		path: [...instagram, 'Confidentialité du compte'],
		ask: '« Compte privé » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'Désactivé (public)', teen: 'Activé (privé)'},
	},
	'instagram.map-sharing': {
		path: [...instagram, 'Story, direct et localisation', 'Partage de la position'],
		ask: 'Avec qui partagez-vous votre position sur la carte Instagram ?',
		options: {friends: 'Amis', 'close-friends': 'Amis proches', 'only-these-friends': 'Seulement ces amis', 'no-one': 'Personne'},
		defaults: {adult: 'Personne (le partage est à activer soi-même)', teen: 'Personne (le partage est à activer soi-même)'},
	},
	'instagram.message-requests': {
		path: [...instagram, 'Messages et réponses aux stories', 'Demandes de message'],
		ask: 'Sous « Autres personnes sur Instagram », où vont leurs messages ?',
		options: {requests: 'Demandes de message', 'dont-receive': 'Ne pas recevoir de demandes'},
		defaults: {adult: 'livrés dans les demandes de message', teen: 'seulement les personnes que l\'ado suit ou avec qui il est déjà en relation'},
	},
	'instagram.activity-status': {
		path: [...instagram, 'Messages et réponses aux stories', 'Afficher le statut en ligne'],
		ask: '« Afficher le statut en ligne » est-il activé ?',
		options: onOff(),
		defaults: {adult: 'Activé', teen: 'non documenté'},
	},
	'venmo.default-privacy': {
		path: [...venmo, 'Default privacy setting (confidentialité par défaut)'],
		ask: 'Quel réglage de confidentialité par défaut (« Default privacy setting ») est choisi ?',
		options: venmoAudience,
		defaults: {adult: 'Public', teen: 'non documenté'},
	},
	'venmo.friends-list': {
		path: [...venmo, 'Friends list (liste d\'amis)'],
		ask: 'Qui peut voir votre liste d\'amis (« Friends list ») ?',
		options: venmoAudience,
		defaults: {adult: 'Public', teen: 'non documenté'},
	},
};
