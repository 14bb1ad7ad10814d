import type {RuleTexts} from '../catalog.js';

// Rules across accounts (src/core/rules/across/*.ts). They have no steps of their own: each site's
// part shows the French steps of the one-site rule that fixes it there.
export const acrossRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-across-sites': {
		title: 'Votre date de naissance complète peut être reconstituée à partir de deux de vos profils',
		why: 'Masquer l\'année sur un site ne sert à rien si un autre l\'affiche : une date de naissance complète est une réponse classique pour vérifier une identité et, avec le code postal et le sexe, elle identifie 87 % des Américains (Sweeney, 2000).',
		ok: 'Aucune paire de vos profils ne montre votre date de naissance complète à plus de personnes qu\'un seul d\'entre eux.',
		exposures: {pieced: 'Votre anniversaire sur {site} et votre année de naissance sur {otherSite} sont visibles par {audience:par} : ensemble, ils donnent votre date de naissance complète'},
		steps: {},
	},
	'phone-shown-and-findable': {
		title: 'Votre numéro de téléphone est affiché sur un profil, et mène à un autre',
		why: 'Un numéro lisible sur un site permet de trouver votre compte sur un autre : la recherche par numéro de téléphone a relié 533 millions de comptes Facebook et 5,4 millions de comptes Twitter à leurs titulaires (Facebook, avril 2021 ; Twitter, août 2022).',
		ok: 'Aucun profil n\'affiche votre numéro de téléphone pendant qu\'un autre permet de vous trouver grâce à lui.',
		exposures: {'shown-and-findable': 'Votre numéro de téléphone est visible par {audience:par} sur {site}, et sur {otherSite}, quiconque l\'a peut vous trouver grâce à lui ({who})'},
		steps: {},
	},
	'city-on-several-sites': {
		title: 'Une ville actuelle ou d\'origine est publique sur plusieurs de vos profils',
		why: 'Le même lieu sur plusieurs profils publics aide des inconnus à relier vos comptes et à cerner où vous êtes ; 71 % des ados publient leur ville ou leur village (Pew Research, 2013).',
		ok: 'Au plus un de vos profils montre publiquement une ville actuelle ou d\'origine.',
		exposures: {'public-on': 'Une ville actuelle ou d\'origine est visible par tout le monde (Public) sur {sites}. Si c\'est le même lieu, cela relie ces profils'},
		steps: {},
	},
};
