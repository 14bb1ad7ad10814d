import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, tiktokAppSteps, tiktokWebSteps, xSteps, youtubePrivacySteps} from './fix-steps.js';

// Instagram's French UI words here ("Paramètres", "Confidentialité du compte", "Identifications et
// mentions", "Compte privé") are best-known wordings (M); TikTok's rows "Liste des abonnements",
// "Vidéos aimées", "Duo", "Collage" likewise (L to M).
const instagramSettings = 'Ouvrez Plus (☰) › Paramètres.';

// Who sees your posts and network, who can tag, find or contact you (families photos, social-graph,
// contact, interaction).
export const reachRules: Readonly<Record<string, RuleTexts>> = {
	'future-posts-public': {
		title: 'Vos nouvelles publications et photos sont publiques',
		why: 'Les photos et publications publiques sont copiées, indexées et exploitées par des escrocs : les réseaux sociaux ont été le point de départ de 2,7 milliards de dollars de pertes déclarées entre 2021 et mi-2023 (FTC, 2023).',
		ok: 'Vos nouvelles publications sont partagées avec vos amis, ou moins.',
		exposures: {public: 'Les nouvelles publications et photos sont visibles par tout le monde (Public)'},
		steps: {facebook: [facebookSteps.settings, 'Ouvrez « Publications ».', 'À « Qui peut voir vos futures publications ? », choisissez « Amis ».', 'Si vous le souhaitez, utilisez aussi « Limiter l\'audience des anciennes publications ».']},
	},
	'posts-unprotected': {
		title: 'Vos posts et photos sur X sont publics',
		why: 'Les posts publics sont copiés, indexés et exploités par des escrocs et par ceux qui ciblent les ados : les réseaux sociaux ont été le point de départ de 2,7 milliards de dollars de pertes déclarées entre 2021 et mi-2023 (FTC, 2023), et X protège par défaut les posts des mineurs dont il connaît l\'âge.',
		ok: 'Vos posts sont protégés : seuls vos abonnés les voient.',
		exposures: {
			public: 'Tout le monde peut voir vos posts et vos photos',
			'public-located': 'Tout le monde peut voir vos posts, et ils indiquent votre localisation',
		},
		steps: {x: xSteps(['Audience, médias et identification'], 'Activez « Protéger mes posts », puis confirmez.')},
	},
	'public-account': {
		title: 'Votre compte est public',
		why: 'Les profils publics sont copiés et exploités par des escrocs et par ceux qui ciblent les ados : les réseaux sociaux ont été le point de départ de 2,7 milliards de dollars de pertes déclarées entre 2021 et mi-2023 (FTC, 2023), et Instagram et TikTok rendent privés par défaut les comptes des plus jeunes ados (Comptes Ado de Meta, 2024 ; TikTok, 2021).',
		ok: 'Votre compte est privé : seuls les abonnés que vous acceptez voient vos publications.',
		exposures: {public: 'Tout le monde, même sans compte, peut voir votre profil et vos publications'},
		steps: {
			instagram: [instagramSettings, 'Ouvrez « Confidentialité du compte ».', 'Activez « Compte privé », puis choisissez « Passer au compte privé ».'],
			tiktok: tiktokWebSteps('Compte privé', 'Activez-le (l\'enregistrement est immédiat).'),
		},
	},
	'findable-by-phone': {
		title: 'Les personnes qui ont votre numéro de téléphone peuvent trouver votre profil',
		why: 'C\'est par la recherche par numéro de téléphone que les données de 533 millions d\'utilisateurs de Facebook ont été aspirées et reliées à leur numéro (Facebook, avril 2021).',
		ok: 'Seuls vos amis, ou vous, pouvez vous trouver avec votre numéro de téléphone.',
		exposures: {findable: 'Qui peut vous trouver avec votre numéro de téléphone : {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('Qui peut vous trouver à l\'aide du numéro de téléphone que vous avez fourni ?', 'Moi uniquement'),
			linkedin: linkedinSteps(['Visibilité', 'Découverte du profil à l\'aide du numéro de téléphone'], 'Choisissez « Personne » (ou « Relations de 1er niveau »).'),
		},
	},
	'findable-by-email': {
		title: 'Les personnes qui ont votre adresse e-mail peuvent trouver votre profil',
		why: 'La recherche par e-mail lève l\'anonymat des comptes : une faille de ce type chez Twitter a permis de relier 5,4 millions de comptes à leur adresse e-mail (Twitter, 2022).',
		ok: 'Seuls vos amis, ou vous, pouvez vous trouver avec votre adresse e-mail.',
		exposures: {findable: 'Qui peut vous trouver avec votre adresse e-mail : {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('Qui peut vous trouver à l\'aide de l\'adresse e-mail que vous avez fournie ?', 'Moi uniquement'),
			linkedin: linkedinSteps(['Visibilité', 'Découverte du profil à l\'aide de l\'adresse e-mail'], 'Choisissez « Personne » (ou « Relations de 1er niveau »).'),
		},
	},
	'findable-by-phone-x': {
		title: 'Les personnes qui ont votre numéro de téléphone peuvent vous trouver sur X',
		why: 'La recherche par numéro de téléphone a été détournée pour relier des numéros à 533 millions de comptes Facebook et 5,4 millions de comptes Twitter, ensuite vendus ou diffusés (Facebook, avril 2021 ; Twitter, août 2022).',
		ok: 'Votre numéro de téléphone ne mène personne à votre compte X.',
		exposures: {findable: 'Toute personne qui a votre numéro de téléphone peut trouver votre compte X'},
		steps: {x: xSteps(['Détectabilité et contacts'], 'Désactivez « Permettre aux personnes qui ont votre numéro de téléphone de vous trouver sur X ».')},
	},
	'findable-by-email-x': {
		title: 'Les personnes qui ont votre adresse e-mail peuvent vous trouver sur X',
		why: 'La recherche par e-mail relie un compte sous pseudonyme à une vraie adresse : 5,4 millions de comptes Twitter ont été associés ainsi à des e-mails et des numéros, puis vendus (Twitter, août 2022).',
		ok: 'Votre adresse e-mail ne mène personne à votre compte X.',
		exposures: {findable: 'Toute personne qui a votre adresse e-mail peut trouver votre compte X'},
		steps: {x: xSteps(['Détectabilité et contacts'], 'Désactivez « Permettre aux personnes qui ont votre adresse email de vous trouver sur X ».')},
	},
	'friends-list-visible': {
		title: 'Des inconnus peuvent voir votre liste d\'amis',
		why: 'Une liste d\'amis visible dessine la carte de votre famille et de vos camarades ; les auteurs de sextorsion s\'en servent pour menacer de tout révéler « à la famille et aux amis » (FBI, 2024).',
		ok: 'Votre liste d\'amis n\'est visible que par vos amis, ou moins.',
		exposures: {visible: 'Votre liste d\'amis est visible par {audience:par}'},
		steps: {facebook: facebookSteps.findAndContact('Qui peut voir votre liste d\'amis ?', 'Moi uniquement')},
	},
	'connections-visible': {
		title: 'Vos relations peuvent parcourir tout votre réseau LinkedIn',
		why: 'Un réseau visible dessine la carte de vos collègues, de votre famille et de vos camarades ; les auteurs de sextorsion se servent de ces listes pour menacer de tout révéler « à la famille et aux amis » (FBI, 2024).',
		ok: 'Vous seul(e) pouvez voir la liste complète de vos relations.',
		exposures: {on: '« Qui peut voir vos relations » est activé : vos relations peuvent voir votre liste'},
		steps: {linkedin: linkedinSteps(['Visibilité', 'Qui peut voir vos relations'], 'Choisissez « Vous uniquement » (le paramètre indique alors « Désactivé »).')},
	},
	'tagged-posts-visible': {
		title: 'Les photos où d\'autres vous identifient sont montrées à des inconnus sur votre profil',
		why: 'Votre profil montre alors les photos de vous prises par d\'autres, et les lieux où elles ont été prises, à des gens que vous n\'avez jamais choisis.',
		ok: 'Les publications où vous êtes identifié(e) ne sont montrées qu\'à vos amis, ou moins, sur votre profil.',
		exposures: {visible: 'Les publications où vous êtes identifié(e) sont visibles par {audience:par} sur votre profil'},
		steps: {facebook: facebookSteps.profileAndTagging('Qui peut voir sur votre profil les publications dans lesquelles vous êtes identifié(e) ?', 'Amis')},
	},
	'tag-review-off': {
		title: 'D\'autres peuvent vous identifier sans votre accord',
		why: 'Sans vérification, n\'importe qui peut associer votre nom et votre visage à des photos et des lieux que vous n\'avez jamais approuvés ; Facebook active la vérification par défaut pour les ados.',
		ok: 'Vous vérifiez les identifications avant qu\'elles n\'apparaissent.',
		exposures: {
			'tagged-posts': 'La vérification est désactivée pour les publications où vous êtes identifié(e)',
			'own-posts': 'La vérification est désactivée pour les identifications sur vos publications',
			both: 'La vérification est désactivée pour les publications où vous êtes identifié(e) et pour les identifications sur vos publications',
		},
		// Facebook's French questions for these two switches are long and unverified: described, not quoted.
		steps: {facebook: [facebookSteps.settings, 'Ouvrez « Profil et identification ».', 'Activez la vérification des publications où vous êtes identifié(e) avant qu\'elles n\'apparaissent sur votre profil.', 'Activez la vérification des identifications que d\'autres ajoutent à vos publications avant qu\'elles n\'apparaissent sur Facebook.']},
	},
	'photo-tagging-anyone': {
		title: 'Tout le monde peut vous identifier sur des photos',
		why: 'N\'importe qui peut associer votre nom à des photos que vous n\'avez jamais approuvées ; les guides de protection de l\'enfance (Internet Matters) conseillent de limiter l\'identification sur les photos, et les comptes Ado d\'Instagram n\'acceptent que les identifications des personnes suivies (Meta, 2024).',
		ok: 'L\'identification sur les photos est désactivée ou réservée aux personnes que vous suivez.',
		exposures: {
			anyone: 'Tout le monde peut vous identifier sur des photos',
			'anyone-reviewed': 'Tout le monde peut vous identifier sur des photos ; les identifications attendent votre accord avant d\'apparaître sur votre profil',
		},
		steps: {
			x: xSteps(['Audience, médias et identification', 'Identification photo'], 'Choisissez « Seules les personnes que vous suivez peuvent vous identifier », ou désactivez l\'identification photo.'),
			instagram: [instagramSettings, 'Ouvrez « Identifications et mentions ».', 'Sous « Autoriser les identifications de », choisissez « Personnes que vous suivez » (ou « Ne pas autoriser les identifications »).', 'Activez « Approuver manuellement les identifications ».'],
		},
	},
	'mentions-from-anyone': {
		title: 'Tout le monde peut vous mentionner',
		why: 'La mention d\'un inconnu vous entraîne dans ses publications et ses fils, où ses abonnés voient votre nom ; les comptes Ado d\'Instagram n\'acceptent que les mentions des personnes suivies (Meta, 2024).',
		ok: 'Seules les personnes que vous suivez peuvent vous mentionner, ou personne.',
		exposures: {anyone: 'Tout le monde peut vous mentionner dans ses publications, stories et commentaires'},
		steps: {instagram: [instagramSettings, 'Ouvrez « Identifications et mentions ».', 'Sous « Autoriser les mentions de », choisissez « Personnes que vous suivez » (ou « Ne pas autoriser les mentions »).']},
	},
	'friend-requests-from-anyone': {
		title: 'Tout le monde peut vous envoyer une invitation',
		why: 'Un inconnu accepté rejoint l\'audience « Amis » dont dépendent la plupart de vos autres paramètres ; c\'est par un contact non sollicité que commence d\'ordinaire la sextorsion des ados (FBI, 2024).',
		ok: 'Seuls les amis de vos amis peuvent vous envoyer des invitations.',
		exposures: {everyone: 'Tout le monde peut vous envoyer des invitations'},
		steps: {facebook: facebookSteps.findAndContact('Qui peut vous envoyer des invitations ?', 'Amis d\'amis')},
	},
	'dm-requests-from-everyone': {
		title: 'Des inconnus peuvent vous envoyer des demandes de message',
		why: 'Les messages non sollicités sont le point de départ des arnaques et de la sextorsion : les signalements de sextorsion financière de mineurs ont augmenté de 20 % en un an (FBI, 2024).',
		ok: 'Les inconnus ne peuvent pas vous envoyer de demandes de message.',
		exposures: {
			anyone: 'Tout le monde peut vous envoyer des demandes de message',
			verified: 'N\'importe quel compte certifié peut vous envoyer des demandes de message',
		},
		steps: {x: xSteps(['Messages Privés'], 'À « Autoriser les demandes de message de : », choisissez « Personne ».'), reddit: redditSteps('Confidentialité', 'À « Qui peut vous envoyer des demandes de chat ? », choisissez « Personne ».')},
	},
	'account-suggestions-on': {
		title: 'Instagram suggère votre compte à des inconnus',
		why: 'Les moteurs de suggestion montrent un profil à des inconnus via des relations communes, et Instagram et Snapchat étaient les plateformes les plus citées dans les signalements de manipulation en ligne et de sextorsion au NCMEC (NCMEC, 2023).',
		ok: 'Votre compte n\'est pas suggéré sur le profil d\'autres personnes.',
		exposures: {on: 'Votre compte peut être suggéré sur le profil d\'autres personnes'},
		steps: {instagram: ['Ouvrez votre profil et choisissez « Modifier le profil ».', 'Désactivez « Afficher les suggestions de comptes sur les profils ».', 'Si un bouton « Envoyer » est actif, sélectionnez-le.']},
	},
	'following-list-public': {
		title: 'Tout le monde peut voir les comptes que vous suivez',
		why: 'Les comptes que vous suivez dessinent la carte de votre famille et de vos camarades ; les auteurs de sextorsion se servent de ces listes pour menacer de tout révéler « à la famille et aux amis » (FBI, 2024).',
		ok: 'Vous seul(e) pouvez voir les comptes que vous suivez.',
		exposures: {visible: 'Votre liste d\'abonnements est visible par {audience:par}'},
		steps: {tiktok: tiktokAppSteps('Liste des abonnements', 'Choisissez « Vous uniquement ».'), youtube: youtubePrivacySteps('garder tous vos abonnements privés')},
	},
	'liked-videos-public': {
		title: 'Tout le monde peut voir les vidéos que vous avez aimées sur TikTok',
		why: 'Vos vidéos aimées révèlent vos centres d\'intérêt et les créateurs et amis que vous regardez, et TikTok ne montre cette liste qu\'aux abonnés acceptés pour les 13–15 ans (paramètres de confidentialité des ados de TikTok).',
		ok: 'Vous seul(e) pouvez voir les vidéos que vous avez aimées.',
		exposures: {public: 'Vos vidéos aimées sont visibles par tout le monde'},
		steps: {tiktok: tiktokAppSteps('Vidéos aimées', 'Choisissez « Vous uniquement ».')},
	},
	'comments-from-everyone': {
		title: 'Tout le monde peut commenter vos publications TikTok',
		why: 'Les commentaires ouverts laissent la porte ouverte au harcèlement et à la manipulation des mineurs, et TikTok ne laisse aux 13–15 ans que le choix entre Amis et Personne (paramètres de confidentialité des ados de TikTok).',
		ok: 'Seuls vos amis (ou personne) peuvent commenter vos publications.',
		exposures: {anyone: 'Tout le monde peut commenter vos publications'},
		steps: {tiktok: tiktokWebSteps('Commentaires', 'Sélectionnez-le et choisissez « Amis ».')},
	},
	'remix-by-everyone': {
		title: 'Tout le monde peut faire un Duo ou un Collage avec vos vidéos TikTok',
		why: 'Les Duos et les Collages placent votre vidéo dans la publication d\'un inconnu, d\'où elle se diffuse hors de votre contrôle ; TikTok les désactive pour les 13–15 ans et les réserve aux Amis pour les 16–17 ans (TikTok, 2021).',
		ok: 'Seuls vos amis (ou personne) peuvent faire un Duo ou un Collage avec vos vidéos.',
		exposures: {
			duet: 'Tout le monde peut faire un Duo avec vos vidéos',
			stitch: 'Tout le monde peut faire un Collage avec vos vidéos',
			both: 'Tout le monde peut faire un Duo et un Collage avec vos vidéos',
		},
		steps: {tiktok: [
			...tiktokWebSteps('Duo', 'Sélectionnez-le et choisissez « Amis ».'),
			'Le Collage se règle dans l\'app TikTok : Profil › ☰ › Paramètres et confidentialité › Confidentialité › Collage › « Amis » ou « Vous uniquement ».',
		]},
	},
	'downloads-allowed': {
		title: 'Tout le monde peut télécharger vos vidéos TikTok',
		why: 'Une copie téléchargée survit à la suppression de la vidéo et peut être republiée ou détournée : c\'est pourquoi TikTok interdit le téléchargement des vidéos des 13–15 ans et le désactive par défaut pour les 16–17 ans (TikTok, 2021).',
		ok: 'Les autres ne peuvent pas télécharger vos vidéos.',
		exposures: {on: 'Toute personne qui peut voir vos vidéos peut les télécharger'},
		steps: {tiktok: tiktokAppSteps('Téléchargements', 'Désactivez « Téléchargements de vidéos ».')},
	},
};
