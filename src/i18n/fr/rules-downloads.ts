import type {RuleTexts} from '../catalog.js';

// Les règles sur un téléchargement de données (src/core/exports/rules/<id>.ts) : ce que la plateforme
// conserve, en nombres et en périodes, et par plateforme comment le supprimer ou le désactiver. Les menus
// portent les noms français des plateformes quand ils sont connus (pages d'aide, 2024–26), sinon ils
// sont décrits. Espace insécable avant « : », « ; », « ? », « ! ».
export const downloadRules: Readonly<Record<string, RuleTexts>> = {
	'download-location-history': {
		title: 'La plateforme conserve un historique des lieux où vous êtes allé(e)',
		why: 'Quelques semaines de points de localisation trahissent un domicile (le lieu le plus fréquent la nuit) et un lieu de travail ; quatre points suffisent à distinguer 95 % des personnes dans des traces « anonymes » (de Montjoye et al., 2013).',
		ok: 'Aucun historique de localisation dans ce téléchargement.',
		exposures: {
			points: {count: 'count', one: '{count} point de localisation de {from} à {to}', other: '{count} points de localisation de {from} à {to}'},
			'points-undated': {count: 'count', one: '{count} point de localisation', other: '{count} points de localisation'},
		},
		steps: {
			google: ['Sur votre téléphone : Paramètres › Localisation › Services de localisation › Vos trajets.', 'Supprimez les données de Vos trajets (toutes, ou une période), puis désactivez Vos trajets.', 'Sur myactivity.google.com › Commandes de l\'activité, vérifiez que Vos trajets (Historique des positions) est désactivé.'],
			snapchat: ['Dans Snapchat : Paramètres › Contrôles de confidentialité › Mes données : la liste de ce qui est conservé.', 'Désactivez le partage sur la Snap Map (« Mode fantôme ») et l\'autorisation de localisation de l\'app.'],
		},
	},
	'download-off-platform-activity': {
		title: 'D\'autres entreprises envoient à la plateforme ce que vous faites sur leurs apps et sites',
		why: 'Les apps et sites que vous utilisez indiquent à la plateforme ce que vous avez acheté, lu et cherché, par ses outils (pixel Meta, SDK) : un partage avec des tiers que vous ne voyez jamais sur la plateforme elle-même (Meta, 2020).',
		ok: 'Aucune activité envoyée par d\'autres entreprises dans ce téléchargement.',
		exposures: {businesses: {count: 'count', one: '{count} entreprise a envoyé votre activité ({events} événements)', other: '{count} entreprises ont envoyé votre activité ({events} événements)'}},
		steps: {facebook: ['Espace Comptes › Vos informations et autorisations › Votre activité en dehors des technologies Meta.', 'Choisissez « Effacer l\'activité précédente », puis « Gérer l\'activité future » › « Déconnecter l\'activité future ».']},
	},
	'download-home-location': {
		title: 'La plateforme conserve votre lieu de résidence',
		why: 'Une adresse, une ville, une ville d\'origine ou un code postal enregistrés disent où vous trouver, et répondent à une question de sécurité courante.',
		ok: 'Aucun lieu de résidence dans ce téléchargement.',
		exposures: {home: 'Une adresse, une ville, une région ou un lieu marqué Domicile est enregistré'},
		steps: {
			google: ['myaccount.google.com › Infos personnelles › Adresses › Domicile : supprimez-la.', 'Dans Vos trajets sur le téléphone, retirez les libellés Domicile et Travail.'],
			facebook: ['Votre profil › À propos › Lieux de résidence : retirez la ville actuelle et la ville d\'origine.'],
			tiktok: ['TikTok ne permet pas de changer la région qu\'il enregistre ; supprimer le compte la retire.'],
			linkedin: ['Votre profil › Coordonnées : retirez l\'adresse.', 'Préférences › Préférences du compte › Informations du profil : vérifiez votre lieu.'],
		},
	},
	'download-birth-date': {
		title: 'La plateforme conserve votre date de naissance',
		why: 'Une date de naissance complète avec votre nom suffit à passer des vérifications de récupération de compte et à ouvrir des comptes à votre nom (conseils de la FTC sur l\'usurpation d\'identité).',
		ok: 'Aucune date de naissance dans ce téléchargement.',
		exposures: {full: 'Une date de naissance complète (jour, mois et année) est enregistrée', partial: 'Une partie d\'une date de naissance est enregistrée'},
		steps: {
			x: ['Paramètres › Votre compte › Informations sur le compte › Date de naissance : vérifiez qui peut la voir (X la garde pour vérifier l\'âge).'],
			facebook: ['Espace Comptes › Informations personnelles › Date de naissance : vérifiez-la, et qui la voit sur votre profil.'],
			instagram: ['Espace Comptes › Informations personnelles › Date de naissance : vérifiez-la.'],
			tiktok: ['TikTok conserve la date de naissance donnée à l\'inscription et ne permet pas de la retirer.'],
			linkedin: ['Votre profil › Coordonnées › Anniversaire : retirez-le, ou montrez-le à vous seul(e).'],
		},
	},
	'download-phone-on-file': {
		title: 'La plateforme conserve votre numéro de téléphone',
		why: 'Un numéro de téléphone permet à qui le connaît de trouver votre compte si la recherche est activée, et relie le compte à vous sur d\'autres services ; c\'est aussi la cible des attaques par échange de carte SIM.',
		ok: 'Aucun numéro de téléphone dans ce téléchargement.',
		exposures: {phone: 'Un numéro de téléphone est enregistré'},
		steps: {
			x: ['Paramètres › Votre compte › Informations sur le compte › Téléphone : retirez-le si vous vous connectez autrement.'],
			facebook: ['Espace Comptes › Informations personnelles › Coordonnées : retirez le numéro si vous n\'en avez pas besoin pour vous connecter.'],
			instagram: ['Espace Comptes › Informations personnelles › Coordonnées : retirez le numéro si vous n\'en avez pas besoin pour vous connecter.'],
			tiktok: ['Paramètres › Compte › Informations sur le compte › Téléphone : retirez-le si vous vous connectez autrement.'],
		},
	},
	'download-inferred-interests': {
		title: 'La plateforme a déduit vos centres d\'intérêt',
		why: 'Les centres d\'intérêt sont déduits de ce que vous faites et vendus comme ciblage publicitaire ; certains sont sensibles (santé, religion, politique) et beaucoup s\'avèrent faux (Pew Research Center, 2019).',
		ok: 'Aucun centre d\'intérêt déduit dans ce téléchargement.',
		exposures: {interests: {count: 'count', one: '{count} centre d\'intérêt déduit à votre sujet', other: '{count} centres d\'intérêt déduits à votre sujet'}},
		steps: {
			x: ['Paramètres › Confidentialité et sécurité › Contenu que vous voyez › Centres d\'intérêt : décochez ceux que vous ne voulez pas.', 'Paramètres › Confidentialité et sécurité › Préférences en matière de publicités : désactivez les publicités personnalisées.'],
			instagram: ['Espace Comptes › Préférences publicitaires › Sujets publicitaires : consultez-les et limitez-les.'],
			linkedin: ['Préférences › Données publicitaires : désactivez les données que LinkedIn utilise pour déduire vos intérêts.'],
		},
	},
	'download-inferred-age': {
		title: 'La plateforme a deviné votre âge',
		why: 'Un âge déduit de ce que vous faites décide des publicités que vous voyez et, pour un ado, de ce qu\'on lui montre ; il est conservé même si vous n\'avez jamais donné de date de naissance.',
		ok: 'Aucun âge déduit dans ce téléchargement.',
		exposures: {inferred: 'Un âge ou une tranche d\'âge déduits à votre sujet sont enregistrés'},
		steps: {x: ['Paramètres › Confidentialité et sécurité › Activité en dehors de X › Personnaliser en fonction de votre identité déduite : désactivez-le.']},
	},
	'download-advertiser-audiences': {
		title: 'Des annonceurs vous ont placé(e) dans leurs audiences',
		why: 'Les annonceurs importent des listes (e-mails, numéros) pour vous retrouver, ou vous ciblent selon des critères que la plateforme conserve : vos données circulent au-delà d\'elle (Mozilla Foundation, 2024).',
		ok: 'Aucune audience d\'annonceurs dans ce téléchargement.',
		exposures: {audiences: {count: 'count', one: '{count} audience ou critère de ciblage d\'annonceurs', other: '{count} audiences ou critères de ciblage d\'annonceurs'}},
		steps: {
			x: ['Paramètres › Confidentialité et sécurité › Préférences en matière de publicités › Audiences : consultez-les, et désactivez les publicités personnalisées.'],
			facebook: ['Espace Comptes › Préférences publicitaires › Gérer les informations › Publicité basée sur l\'audience : masquez les annonceurs que vous ne connaissez pas.'],
			instagram: ['Espace Comptes › Préférences publicitaires › Gérer les informations › Publicité basée sur l\'audience : masquez les annonceurs que vous ne connaissez pas.'],
			linkedin: ['Préférences › Données publicitaires : désactivez chaque source, et « Centres d\'intérêt et traits ».'],
		},
	},
	'download-ads-engaged': {
		title: 'La plateforme conserve les publicités avec lesquelles vous avez interagi, et pourquoi elles vous ont atteint(e)',
		why: 'Chaque publicité vue ou cliquée est conservée avec le ciblage qui vous y a associé(e) (âge, lieu, centres d\'intérêt, liste d\'un annonceur) : une trace de la façon dont les annonceurs vous trouvent.',
		ok: 'Aucune interaction publicitaire dans ce téléchargement.',
		exposures: {
			ads: {count: 'count', one: '{count} interaction publicitaire de {from} à {to}', other: '{count} interactions publicitaires de {from} à {to}'},
			'ads-undated': {count: 'count', one: '{count} interaction publicitaire', other: '{count} interactions publicitaires'},
		},
		steps: {x: ['Paramètres › Confidentialité et sécurité › Préférences en matière de publicités : désactivez les publicités personnalisées.']},
	},
	'download-connected-apps': {
		title: 'Des apps sont connectées à votre compte',
		why: 'Une app connectée lit ce que ses autorisations lui permettent tant qu\'elle reste connectée, longtemps après que vous avez cessé de l\'utiliser ; les apps oubliées sont la voie par laquelle des données comme celles de Cambridge Analytica sont sorties.',
		ok: 'Aucune app connectée dans ce téléchargement.',
		exposures: {apps: {count: 'count', one: '{count} app connectée', other: '{count} apps connectées'}},
		steps: {
			x: ['Paramètres › Sécurité et accès au compte › Applications et sessions › Applications connectées : révoquez celles que vous n\'utilisez pas.'],
			facebook: ['Paramètres › Apps et sites web : retirez ceux que vous n\'utilisez pas.'],
		},
	},
};
