import type {RuleTexts} from '../catalog.js';
import {xSteps} from './fix-steps.js';

// Conversation prompts for a teen and a parent (src/core/rules/teen-*.ts, family supervision). Meta's
// French name for Teen Accounts is "Comptes Ado" (M).
export const teenRules: Readonly<Record<string, RuleTexts>> = {
	'teen-defaults-instagram': {
		title: 'À en parler : ce compte Instagram est public, alors que les comptes Ado démarrent en privé',
		why: 'Les comptes Ado d\'Instagram sont privés par défaut et les moins de 16 ans ont besoin d\'un parent pour assouplir ce réglage (Meta, septembre 2024) ; un compte ado public veut dire que c\'était convenu, ou que l\'âge du compte indique 18 ans ou plus, ce qui désactive toutes les protections pour ados.',
		ok: 'Le compte est privé, comme les comptes Ado d\'Instagram au départ.',
		exposures: {
			public: 'L\'ouverture du compte a-t-elle été décidée ensemble ? Sinon, vérifiez la date de naissance du compte : si elle indique 18 ans ou plus, les protections pour ados sont désactivées',
			'public-birthday-on-account': 'L\'ouverture du compte a-t-elle été décidée ensemble ? Sinon, vérifiez la date de naissance dans Espace Comptes › Informations personnelles : si elle indique 18 ans ou plus, les protections pour ados sont désactivées',
		},
		steps: {instagram: [
			'Décidez ensemble si le compte doit être public.',
			'Pour le rendre privé : Plus (☰) › Paramètres › « Confidentialité du compte », activez « Compte privé ».',
			'Si l\'âge est faux, corrigez la date de naissance dans Espace Comptes › Informations personnelles.',
		]},
	},
	'teen-defaults-x': {
		title: 'À en parler : ces posts X sont publics, alors que X protège ceux des ados',
		why: 'X protège par défaut les posts des mineurs dont il connaît l\'âge et n\'a aucun outil parental ; des posts publics veulent dire que la protection a été désactivée, ou que X ne sait pas que le titulaire du compte a moins de 18 ans.',
		ok: 'Les posts sont protégés, comme X les règle pour les mineurs dont il connaît l\'âge.',
		exposures: {public: 'La désactivation de la protection a-t-elle été décidée ensemble ? Si la date de naissance du compte indique 18 ans ou plus, X le traite comme celui d\'un adulte'},
		steps: {x: xSteps(['Audience, médias et identification'], 'Décidez ensemble ; pour protéger les posts, activez « Protéger mes posts ». Si l\'âge est faux, corrigez la date de naissance dans Éditer le profil.')},
	},
	'teen-defaults-facebook': {
		title: 'À en parler : les nouvelles publications Facebook vont au-delà des amis, alors que les comptes Ado les réservent aux amis',
		why: 'Les comptes Ado de Facebook sont privés et les moins de 16 ans ont besoin d\'un parent pour les assouplir (Meta, avril 2025) ; des publications au-delà des amis veulent dire que c\'était convenu, ou que l\'âge du compte indique 18 ans ou plus.',
		ok: 'Les nouvelles publications vont aux amis, ou moins, comme les comptes Ado de Facebook au départ.',
		exposures: {'beyond-friends': 'Les nouvelles publications sont visibles par {audience:par}. Était-ce décidé ensemble ? Sinon, vérifiez la date de naissance du compte'},
		steps: {facebook: [
			'Décidez ensemble qui doit voir les nouvelles publications.',
			'Ouvrez Paramètres et confidentialité › Paramètres › « Publications ».',
			'À « Qui peut voir vos futures publications ? », choisissez « Amis ».',
			'Si l\'âge est faux, corrigez la date de naissance dans Espace Comptes › Informations personnelles.',
		]},
	},
	'teen-age-on-account': {
		title: 'À en parler : TikTok traite ce compte comme celui d\'un adulte',
		why: 'Les protections de TikTok pour les ados (privé par défaut avant 16 ans, pas de messages directs avant 16 ans, téléchargements désactivés) dépendent de la date de naissance du compte (TikTok, 2021) ; un compte dont l\'âge indique 18 ans ou plus n\'en a aucune.',
		ok: 'TikTok traite le compte comme celui d\'un ado : ses protections pour ados s\'appliquent.',
		exposures: {adult: 'TikTok ne considère pas ce compte comme celui d\'un mineur : si son titulaire est un ado, ses protections pour ados sont désactivées'},
		steps: {tiktok: [
			'Vérifiez ensemble avec quelle date de naissance le compte a été créé.',
			'Si elle est fausse, demandez à TikTok de la corriger (dans l\'app : Profil › ☰ › Paramètres et confidentialité › Signaler un problème), ou créez un nouveau compte avec la bonne date.',
		]},
	},
	'google-timeline-teen-age': {
		title: 'À en parler : l\'âge de ce compte Google indique peut-être 18 ans ou plus',
		why: 'Google laisse Vos trajets (historique des positions) désactivé pour les moins de 18 ans et ne leur permet pas de l\'activer (Google, août 2021) ; il est activé ici, donc le compte indique sans doute un âge adulte, et les protections de Google pour les ados (SafeSearch, pas de publicité selon l\'âge, le genre ou les centres d\'intérêt) ne s\'appliquent pas.',
		ok: 'Vos trajets est désactivé, comme Google le prévoit pour les moins de 18 ans.',
		exposures: {adult: 'Vos trajets est activé, ce que Google ne permet qu\'aux comptes qui indiquent 18 ans ou plus'},
		steps: {google: [
			'Vérifiez ensemble la date de naissance indiquée sur le compte (myaccount.google.com › « Informations personnelles » › « Date de naissance »).',
			'Si elle est fausse, corrigez-la à cet endroit, ou mettez en place la supervision avec Family Link.',
			'En attendant, désactivez Vos trajets (Données et confidentialité › Paramètres de l\'historique › Vos trajets).',
		]},
	},
};
