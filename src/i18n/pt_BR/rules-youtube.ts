import type {RuleTexts} from '../catalog.js';
import {youtubePrivacySteps, youtubeStudioSteps} from './fix-steps.js';

// YouTube's own rules (src/core/rules/saved-playlists-public.ts, channel-*.ts; platform-pages-3.md §3).
export const youtubeRules: Readonly<Record<string, RuleTexts>> = {
	'saved-playlists-public': {
		title: 'Qualquer pessoa pode ver as playlists que você salvou no YouTube',
		why: 'As playlists que você salva revelam seus interesses, crenças e hábitos para quem abrir seu canal, e as ferramentas que as exportam pedem primeiro que você as deixe públicas.',
		ok: 'Suas playlists salvas são privadas.',
		exposures: {public: 'Suas playlists salvas aparecem no seu canal para todo mundo'},
		steps: {youtube: youtubePrivacySteps('manter todas as suas playlists salvas privadas')},
	},
	'channel-country-shown': {
		title: 'Seu canal do YouTube mostra seu país',
		why: 'Um país sozinho diz pouco, mas somado a um nome, uma escola ou uma cidade que aparece num vídeo, ajuda a descobrir quem você é e onde está (Pew Research, 2013: 71% dos adolescentes publicam sua cidade).',
		ok: 'Seu canal não mostra nenhum país.',
		exposures: {shown: 'A seção Sobre do seu canal mostra seu país para todo mundo'},
		steps: {youtube: ['No seu canal, selecione "Personalizar canal": o YouTube Studio abre.', 'Abra Configurações › Canal › Informações básicas.', 'Tire o país de residência se o YouTube deixar e salve. Se não deixar, ele continua na seção Sobre.']},
	},
	'channel-links-shown': {
		title: 'Seu canal do YouTube tem links para suas outras contas',
		why: 'Os links do seu canal o ligam às suas outras contas: o que uma deixa ver, um desconhecido pode juntar ao resto, e é assim que contas com pseudônimo são desmascaradas.',
		ok: 'Seu canal não mostra links.',
		exposures: {links: {count: 'count', one: 'A seção Sobre do seu canal mostra {count} link para todo mundo', other: 'A seção Sobre do seu canal mostra {count} links para todo mundo'}},
		steps: {youtube: youtubeStudioSteps('Em "Links", apague os que você não quer que desconhecidos sigam.')},
	},
};
