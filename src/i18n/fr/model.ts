import type {BioFieldId} from '../../core/model/fields.js';
import type {Catalog} from '../catalog.js';

// French for the engine's own words (field names, audiences, choices, reasons, and its global messages).
// The user is addressed as "vous", as the platforms' French UIs do. Audience names follow Facebook's
// French UI (Public, Amis, Moi uniquement: H; "Amis d'amis": M); X's wordings come from its shipped
// French web client (DzikStar/X-SCRAPER client-web/i18n/fr.js, 2025-07, H).
// French typography: a no-break space (U+00A0) before ":", ";", "?", "!" and inside « », as X's French
// client writes it (in every French string, here and in messages.json).

export const fields: Omit<Catalog['fields'], BioFieldId> = {
	birthdayDayMonth: 'Anniversaire (jour et mois)',
	birthdayYear: 'Année de naissance',
	currentCity: 'Ville actuelle',
	hometown: 'Ville d\'origine',
	address: 'Adresse du domicile',
	phone: 'Numéro de téléphone',
	email: 'Adresse e-mail',
	phoneOnAccount: 'Numéro de téléphone de votre compte',
	emailOnAccount: 'Adresse e-mail de votre compte',
	futurePostsAudience: 'Qui peut voir vos futures publications',
	friendsListAudience: 'Qui peut voir votre liste d\'amis',
	lookupByEmailAudience: 'Qui peut vous trouver avec votre adresse e-mail',
	lookupByPhoneAudience: 'Qui peut vous trouver avec votre numéro de téléphone',
	friendRequestsAudience: 'Qui peut vous envoyer des invitations',
	searchEngineLinking: 'Les moteurs de recherche externes renvoient vers votre profil',
	taggedPostsAudience: 'Qui peut voir les publications où vous êtes identifié(e)',
	reviewTaggedPosts: 'Vérifier les publications où vous êtes identifié(e)',
	reviewTagsOnOwnPosts: 'Vérifier les identifications ajoutées à vos publications',
	activeAppCount: 'Apps et sites web actifs',
	postsProtected: 'Posts protégés (abonnés uniquement)',
	photoTagging: 'Qui peut vous identifier sur des photos',
	geotagPosts: 'Localisation ajoutée à vos posts',
	findableByEmail: 'Les personnes qui ont votre adresse e-mail peuvent vous trouver',
	findableByPhone: 'Les personnes qui ont votre numéro de téléphone peuvent vous trouver',
	messageRequestsFrom: 'Qui peut vous envoyer des demandes de message',
	businessPartnerSharing: 'Partage de données supplémentaires avec des partenaires commerciaux',
	personalizedAds: 'Publicités personnalisées',
	aiTrainingAllowed: 'Vos données servent à entraîner les modèles d\'IA du site',
	inferredIdentity: 'X personnalise en fonction de votre identité déduite',
	birthdateOnProfile: 'Une ligne de date de naissance (« Naissance le … ») sur votre profil',
	connectionsVisible: 'Vos relations peuvent voir votre liste de relations',
	adsBeyondLinkedIn: 'Vos données LinkedIn servent aux publicités sur d\'autres sites',
	adsInferredLocation: 'Votre localisation déduite pour les publicités',
	adsByAge: 'Votre âge utilisé pour cibler les publicités',
	adsByGender: 'Votre genre utilisé pour cibler les publicités',
	adsByInterests: 'Des centres d\'intérêt déduits de votre activité, utilisés pour les publicités',
	adsFromBusinessInteractions: 'Ce que les entreprises savent de vous, utilisé pour les publicités',
	adsConversionTracking: 'Vos actions sur les sites des annonceurs reliées à leurs publicités',
	researchDataSharing: 'Vos données partagées avec des chercheurs extérieurs',
	locationRecommendations: 'Recommandations selon votre localisation approximative',
	onlineStatusShown: 'Votre statut en ligne, visible par les autres',
	privateMessagesFrom: 'Qui peut vous envoyer des messages privés',
	followersAllowed: 'Les autres peuvent vous suivre',
	profileContentPublic: 'Toutes vos publications et tous vos commentaires, visibles sur votre profil',
	activeCommunitiesShown: 'Les communautés où vous êtes actif, affichées sur votre profil',
	profileDiscoverable: 'Votre profil proposé à la découverte (liste des utilisateurs, r/all)',
	accountPrivate: 'Compte privé (seuls les abonnés que vous acceptez voient vos publications)',
	accountSuggestions: 'Votre compte suggéré sur d\'autres profils',
	mentionsFrom: 'Qui peut vous mentionner',
	birthdayOnAccount: 'Une date de naissance sur votre compte',
	// TikTok: "Duo" and "Collage" are TikTok's French names for Duet and Stitch (M).
	followingListAudience: 'Qui peut voir les comptes que vous suivez',
	likedVideosPublic: 'Les autres peuvent voir les vidéos que vous avez aimées (favoris)',
	commentsAudience: 'Qui peut commenter vos publications',
	duetAudience: 'Qui peut faire un Duo avec vos publications',
	stitchAudience: 'Qui peut faire un Collage avec vos publications',
	downloadsAllowed: 'Les autres peuvent télécharger vos vidéos',
	accountUnder18: 'Le site considère le compte comme celui d\'un mineur',
	gender: 'Genre',
	workAddress: 'Adresse professionnelle',
	locationHistory: 'Vos trajets (historique des positions) enregistre où vous allez',
	webAppActivity: 'Vos recherches et votre activité enregistrées (Activité sur le Web et les applications)',
	liveLocationShares: 'Personnes qui voient où vous êtes en ce moment',
	sharedEndorsements: 'Votre nom, votre photo et votre activité dans les annonces (recommandations partagées)',
	profilePageAudience: 'Qui peut voir votre page de profil',
	activitiesAudience: 'Qui peut voir vos nouvelles activités',
	groupActivitiesAudience: 'Qui peut vous voir dans les activités de groupe',
	hideStartEndAtAddresses: 'Départ et arrivée masqués aux adresses choisies',
	hideStartEndEverywhere: 'Départ et arrivée masqués pour toutes les activités',
	hideActivityMaps: 'Cartes des activités masquées',
	aggregatedDataContribution: 'Vos activités dans les cartes de chaleur et autres données agrégées',
	flybyAudience: 'Qui peut vous voir dans les Flybys',
	localLegendsAudience: 'Qui peut vous voir en Légende locale',
	mentionsAudience: 'Qui peut vous mentionner',
	profileLocationSet: 'Un lieu indiqué sur votre profil',
	savedPlaylistsPublic: 'Vos playlists enregistrées s\'affichent sur votre chaîne',
	channelCountry: 'Un pays dans la section « À propos » de votre chaîne',
	channelLinkCount: 'Des liens dans la section « À propos » de votre chaîne',
	// App-only settings (guided questions): the apps' French words where known (src/i18n/fr/questions.ts
	// says how sure), otherwise plain descriptions.
	'tiktokApp.directMessages': 'Qui peut vous envoyer des messages directs sur TikTok',
	'tiktokApp.suggestAccount': 'TikTok suggère votre compte à d\'autres personnes',
	'tiktokApp.locationServices': 'Services de localisation de TikTok',
	'snapchatApp.contactMe': 'Qui peut vous contacter sur Snapchat',
	'snapchatApp.viewMyStory': 'Qui peut voir votre Story Snapchat',
	'snapchatApp.quickAdd': 'Vous apparaissez dans l\'Ajout rapide de Snapchat',
	'snapchatApp.ghostMode': 'Mode Fantôme de la Snap Map (position masquée)',
	'instagramApp.mapSharing': 'Qui voit votre position sur la carte Instagram',
	'instagramApp.messageRequests': 'Demandes de message d\'autres personnes sur Instagram',
	'instagramApp.activityStatus': 'Instagram affiche votre statut en ligne',
	'venmoApp.defaultPrivacy': 'Qui voit vos nouveaux paiements Venmo',
	'venmoApp.friendsList': 'Qui voit votre liste d\'amis Venmo',
};

// What the user's own bio mentions, by kind (src/core/model/fields.ts bioFieldIds), merged into `fields` in index.ts.
export const bioFields: Pick<Catalog['fields'], BioFieldId> = {
	bioPhone: 'Un numéro de téléphone dans votre bio',
	bioEmail: 'Une adresse e-mail dans votre bio',
	bioFullDate: 'Une date complète (avec l\'année) dans votre bio',
	bioAddress: 'Une adresse postale dans votre bio',
	bioAge: 'Votre âge ou votre classe dans votre bio',
	bioSchool: 'Le nom d\'un établissement scolaire dans votre bio',
};

export const audiences: Catalog['audiences'] = {
	name: {
		public: 'Public',
		'friends-of-friends': 'Amis d\'amis',
		friends: 'Amis',
		custom: 'une liste personnalisée',
		'only-me': 'Vous uniquement',
	},
	// An audience after "visible par": "tout le monde (Public)", "vos amis".
	par: {
		public: 'tout le monde (Public)',
		'friends-of-friends': 'les amis de vos amis',
		friends: 'vos amis',
		custom: 'une liste personnalisée',
		'only-me': 'vous uniquement',
	},
};

export const choices: Catalog['choices'] = {
	anyone: 'tout le monde',
	following: 'les personnes que vous suivez',
	off: 'désactivé',
	everyone: 'tout le monde',
	verified: 'les utilisateurs certifiés',
	'no-one': 'personne',
};

// The end of "Vérification impossible : …".
export const reasons: Catalog['reasons'] = {
	'element-missing': 'la page ne l\'a pas affiché, ou sa présentation a changé',
	'unrecognized-value': 'la page a affiché une valeur qu\'Overshare ne reconnaît pas',
	'language-unsupported': 'la page est dans une langue qu\'Overshare ne sait pas encore lire',
	'page-not-visited': 'ouvrez la page qui affiche ce paramètre',
	'not-own-profile': 'ce n\'est pas votre propre profil',
	'account-unconfirmed': 'la page n\'a pas indiqué quel compte est connecté',
	'logged-out': 'vous n\'êtes pas connecté(e)',
	'page-not-ready': 'la page n\'a pas fini de se charger',
	'not-answered': 'seule l\'app l\'affiche : répondez à la question correspondante plus bas',
	'not-sure': 'vous n\'étiez pas sûr(e) de ce paramètre de l\'app : vérifiez-le dans l\'app, puis répondez à nouveau',
	'not-in-download': 'ce téléchargement ne contient pas le fichier qui le dirait (il n\'a peut-être pas été choisi lors de la demande)',
	'file-damaged': 'le fichier du téléchargement est endommagé ou incomplet',
	'format-unknown': 'le fichier du téléchargement est dans une version qu\'Overshare ne connaît pas encore',
	'file-too-large': 'le fichier du téléchargement est plus gros que ce qu\'Overshare lit, ou compressé comme une bombe zip',
};

export const messages: Catalog['messages'] = {
	'couldnt-check': 'Vérification impossible : {reason}.',
	'couldnt-check-on': 'Vérification impossible sur {site} : {reason}.',
	'in-app': 'l\'app {app}',
	'download-not-a-zip': 'Ce fichier n\'est pas un zip qu\'Overshare peut ouvrir : il est peut-être endommagé ou incomplet. Téléchargez-le à nouveau depuis la plateforme.',
	'download-not-recognised': 'Ce n\'est pas un téléchargement de données qu\'Overshare connaît (Google Takeout ou l\'export Vos trajets du téléphone, X, Facebook, Instagram, TikTok, LinkedIn ou Snapchat).',
	'download-too-many-files': 'Cette archive contient plus de fichiers qu\'aucun téléchargement de données, Overshare ne l\'a donc pas lue.',
	'download-unreadable': 'Overshare n\'a pas pu finir de lire ce fichier : il a peut-être été déplacé, modifié ou supprimé pendant la lecture. Choisissez-le à nouveau.',
};

export const list: Catalog['list'] = {between: ', ', last: ' et '};
