import type {RuleTexts} from '../catalog.js';

// Strava's rules in French. Overshare reads Strava only in English (its `readIn`), so the steps quote
// the English labels the page shows, with their meaning in brackets.
const privacyControls = ['Survolez votre photo de profil (en haut à droite) et choisissez Settings (Paramètres).', 'Ouvrez l\'onglet « Privacy Controls » (contrôles de confidentialité).'];
const choose = (heading: string, option: string): string[] => [...privacyControls, `Sous « ${heading} », choisissez « ${option} ».`];
const mapVisibility = (action: string): string[] => [...privacyControls, 'Repérez « Map Visibility » (visibilité de la carte).', action];

export const stravaRules: Readonly<Record<string, RuleTexts>> = {
	'strava-activities-visible': {
		title: 'D\'autres personnes voient vos activités Strava et leurs cartes',
		why: 'Les cartes d\'activité montrent où et quand vous courez ou roulez ; en 2018, la carte de chaleur de Strava a ainsi révélé des bases militaires. Le réglage ne vaut que pour les prochains envois : les activités passées gardent leur audience tant que vous ne les modifiez pas en bloc.',
		ok: 'Vos nouvelles activités ne sont visibles que par vous.',
		exposures: {
			everyone: 'Les nouvelles activités sont visibles par tout le monde, même sans connexion',
			followers: 'Les nouvelles activités sont visibles par vos abonnés',
			'followers-open': 'Les nouvelles activités vont à vos abonnés, et n\'importe qui peut s\'abonner sans votre accord',
			'maps-hidden': 'Les nouvelles activités sont visibles par d\'autres ; leurs cartes sont masquées',
		},
		steps: {strava: [...choose('Activities', 'Followers'), 'Ou choisissez « Only You » (vous seul) pour les garder pour vous.', 'Pour les activités passées, utilisez « Edit Past Activities » sur la même page.']},
	},
	'strava-start-end-shown': {
		title: 'Vos activités montrent où elles commencent et finissent',
		why: 'Une sortie commence souvent devant chez soi : une étude de 2023 a retrouvé des domiciles à partir des points de départ de la carte de chaleur de Strava dans 37,5 % des cas (NC State, « Heat Marks the Spot »).',
		ok: 'Le départ et l\'arrivée de vos activités sont masqués, ou vous seul les voyez.',
		exposures: {
			'not-hidden': 'Le départ et l\'arrivée des activités ne sont pas masqués',
			'addresses-only': 'Le départ et l\'arrivée ne sont masqués qu\'aux adresses choisies',
			'maps-hidden': 'Le départ et l\'arrivée ne sont pas masqués, mais les cartes le sont',
		},
		steps: {strava: mapVisibility('Cochez « Hide the start and end points of activities no matter where they happen », puis réglez la distance avec « Edit ».')},
	},
	'strava-no-privacy-address': {
		title: 'Aucune adresse de domicile ou de travail n\'est masquée sur vos cartes Strava',
		why: 'Une adresse ajoutée masque le départ et l\'arrivée de toute activité proche, quelle que soit la distance réglée ; une étude de 2018 a montré qu\'au fil des activités, les points de départ et d\'arrivée trahissent encore le domicile : mieux vaut utiliser les deux.',
		ok: 'Les départs et arrivées proches des adresses choisies sont masqués.',
		exposures: {none: 'Aucune adresse ne masque les départs et arrivées'},
		steps: {strava: mapVisibility('Cochez « Hide the start and end points of activities that happen at a specific address », puis ajoutez votre domicile et votre travail.')},
	},
	'strava-profile-public': {
		title: 'Votre profil Strava apparaît dans les moteurs de recherche',
		why: 'Avec « Everyone » (tout le monde), votre profil apparaît dans les résultats de recherche et s\'affiche sans connexion : nom, lieu, statistiques et derniers exploits (aide Strava).',
		ok: 'Seuls vos abonnés voient votre profil complet.',
		exposures: {everyone: '« Profile Page » est réglé sur « Everyone » (tout le monde)'},
		steps: {strava: choose('Profile Page', 'Followers')},
	},
	'strava-follow-without-approval': {
		title: 'N\'importe qui peut s\'abonner à vous sur Strava sans votre accord',
		why: 'Avec un profil ouvert à tous, tout athlète peut s\'abonner sans demander, et vos abonnés voient tout ce que vous partagez avec « Followers » (aide Strava).',
		ok: 'Il faut vous demander avant de s\'abonner.',
		exposures: {anyone: 'N\'importe qui peut s\'abonner et voir ce que vous partagez avec vos abonnés'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Puis passez en revue vos abonnés actuels depuis votre profil.']},
	},
	'strava-heatmap': {
		title: 'Vos activités alimentent les cartes de chaleur de Strava',
		why: 'Les données agrégées alimentent la carte de chaleur mondiale, publique, et Metro ; les activités réglées sur « Followers » y entrent aussi, seules celles en « Only You » en sont exclues (support Strava, 2023), et la carte de chaleur a déjà trahi des domiciles et des bases.',
		ok: 'Vos activités ne servent ni aux cartes de chaleur ni aux autres données agrégées.',
		exposures: {on: '« Contribute your activity data to de-identified, aggregate data sets » est coché'},
		steps: {strava: [...privacyControls, 'Repérez « Aggregated Data Usage » (utilisation des données agrégées).', 'Décochez « Contribute your activity data to de-identified, aggregate data sets ».']},
	},
	'strava-flyby': {
		title: 'Des inconnus croisés en route peuvent rejouer votre activité dans Flyby',
		why: 'Flyby vous montre à tous les athlètes passés près de vous, leur permet d\'ouvrir votre activité, et quiconque a le lien peut rejouer votre parcours et vos horaires (aide Strava).',
		ok: 'Vous n\'apparaissez pas dans les Flybys.',
		exposures: {on: '« Flyby » est réglé sur « Everyone » (tout le monde)'},
		steps: {strava: choose('Flyby', 'No One')},
	},
	'strava-group-activities': {
		title: 'Tout le monde voit les activités de groupe auxquelles vous avez participé',
		why: 'Les activités des autres montrent qui les accompagnait : où et quand vous vous êtes entraîné, et avec qui, même si vos propres activités sont plus restreintes.',
		ok: 'Seuls vos abonnés, ou personne, vous voient dans les activités de groupe.',
		exposures: {everyone: '« Group Activities » est réglé sur « Everyone » (tout le monde)'},
		steps: {strava: choose('Group Activities', 'Followers')},
	},
	'strava-local-legends': {
		title: 'Tout le monde peut vous voir en Légende locale',
		why: 'La Légende locale est l\'athlète qui a le plus parcouru un segment ces derniers temps : elle désigne un trajet que vous répétez, souvent près de chez vous ; Strava la règle sur « No One » (personne) pour les moins de 18 ans.',
		ok: 'Vous n\'êtes pas présenté en Légende locale à tout le monde.',
		exposures: {everyone: '« Local Legends » est réglé sur « Everyone » (tout le monde)'},
		steps: {strava: choose('Local Legends', 'No One')},
	},
	'strava-mentions': {
		title: 'N\'importe qui peut vous mentionner sur Strava',
		why: 'Les mentions vous entraînent dans les activités et commentaires d\'inconnus et leur donnent votre nom dans l\'app.',
		ok: 'Seuls vos abonnés, ou personne, peuvent vous mentionner.',
		exposures: {everyone: '« Mentions » est réglé sur « Everyone » (tout le monde)'},
		steps: {strava: choose('Mentions', 'Followers')},
	},
	'strava-location-on-profile': {
		title: 'Votre profil Strava montre votre lieu à tout le monde',
		why: 'Une ville sur un profil ouvert resserre l\'endroit où vous vivez, et les parcours de vos activités font le reste.',
		ok: 'Aucun lieu ne s\'affiche sur un profil ouvert.',
		exposures: {public: 'Un lieu figure sur votre profil, et « Profile Page » est sur « Everyone »'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Ou retirez le lieu : Settings › My Profile, videz ville, région et pays, puis enregistrez.']},
	},
	'teen-defaults-strava': {
		title: 'À en parler : ce profil Strava ou ses activités sont ouverts à tous, alors que Strava règle les ados sur « Followers »',
		why: 'Strava règle le profil et les activités des moins de 18 ans sur « Followers », masque les 400 premiers et derniers mètres de chaque activité et les exclut des cartes de chaleur ; « Everyone » veut dire que cela a été ouvert, ou que la date de naissance indique 18 ans ou plus.',
		ok: 'Le profil et les activités restent réservés aux abonnés, comme Strava les règle pour les moins de 18 ans.',
		exposures: {loosened: 'L\'ouverture du profil ou des activités a-t-elle été décidée ensemble ? Si la date de naissance du compte indique 18 ans ou plus, Strava le traite comme celui d\'un adulte'},
		steps: {strava: [...choose('Profile Page', 'Followers'), 'Sous « Activities », choisissez « Followers » ou « Only You ».', 'Si l\'âge est faux, corrigez la date de naissance dans Settings › My Profile.']},
	},
};
