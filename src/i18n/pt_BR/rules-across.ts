import type {RuleTexts} from '../catalog.js';

// Rules across accounts (src/core/rules/across/*.ts). They have no steps of their own: each site's
// part shows the steps of the one-site rule that fixes it there.
export const acrossRules: Readonly<Record<string, RuleTexts>> = {
	'birthdate-across-sites': {
		title: 'Dá para montar sua data de nascimento completa juntando dois dos seus perfis',
		why: 'Esconder o ano em um site não adianta se outro o mostra: a data de nascimento completa é uma resposta clássica para confirmar identidade e, junto com o CEP e o sexo, identifica 87% dos americanos (Sweeney, 2000).',
		ok: 'Nenhum par dos seus perfis mostra, junto, sua data de nascimento completa para mais gente do que um deles sozinho.',
		exposures: {pieced: 'Seu aniversário no {site} e seu ano de nascimento no {otherSite} estão visíveis para {audience:para}: juntos, formam sua data de nascimento completa'},
		steps: {},
	},
	'phone-shown-and-findable': {
		title: 'Seu número de telefone aparece em um perfil e leva a outro',
		why: 'Um número que as pessoas conseguem ler em um site permite que elas encontrem sua conta em outro: a busca por telefone ligou 533 milhões de contas do Facebook e 5,4 milhões do Twitter aos seus donos (Facebook, abril de 2021; Twitter, agosto de 2022).',
		ok: 'Nenhum perfil mostra seu número de telefone enquanto outro permite que encontrem você por ele.',
		exposures: {'shown-and-findable': 'Seu número de telefone está visível para {audience:para} no {site}, e no {otherSite} quem tem esse número pode encontrar você por ele ({who})'},
		steps: {},
	},
	'city-on-several-sites': {
		title: 'Uma cidade ou cidade natal está pública em mais de um dos seus perfis',
		why: 'O mesmo lugar em vários perfis públicos ajuda desconhecidos a ligar suas contas entre si e a descobrir onde você está; 71% dos adolescentes publicam sua cidade (Pew Research, 2013).',
		ok: 'No máximo um dos seus perfis mostra publicamente uma cidade ou cidade natal.',
		exposures: {'public-on': 'Uma cidade ou cidade natal está visível para qualquer pessoa (Público) em {sites}. Se for o mesmo lugar, isso liga esses perfis'},
		steps: {},
	},
};
