import type {RuleTexts} from '../catalog.js';
import {redditSteps} from './fix-steps.js';

// Reddit's own rules (src/core/rules/reddit-*.ts); the rules it shares with other sites have their Reddit steps beside theirs.
export const redditRules: Readonly<Record<string, RuleTexts>> = {
	'reddit-followers-allowed': {
		title: 'Qualquer pessoa no Reddit pode seguir você',
		why: 'Seus seguidores recebem no feed o que você posta no perfil, e ninguém precisa da sua aprovação: um desconhecido pode acompanhar uma conta anônima sem pedir.',
		ok: 'Ninguém pode seguir você.',
		exposures: {on: '"Permitir que outras pessoas sigam você" está ativado'},
		steps: {reddit: redditSteps('Perfil', 'Desative "Permitir que outras pessoas sigam você".')},
	},
	'reddit-profile-content-public': {
		title: 'Seu perfil mostra todos os seus posts e comentários',
		why: 'Lido de ponta a ponta, o histórico de um nome de usuário costuma revelar onde a pessoa mora, trabalha ou estuda, e comentários apagados sobrevivem em arquivos de terceiros.',
		ok: 'Seu perfil não mostra todos os seus posts e comentários.',
		exposures: {public: '"Manter todos os posts e comentários públicos" está escolhido'},
		steps: {reddit: redditSteps('Perfil', 'Em "Conteúdo e atividade", escolha selecionar ou ocultar o que o seu perfil mostra.')},
	},
	'reddit-active-communities': {
		title: 'Seu perfil lista as comunidades em que você participa',
		why: 'A lista resume seus interesses num relance, comunidades de saúde, da sua cidade e de hobbies incluídas, e ajuda a ligar uma conta anônima à pessoa por trás dela.',
		ok: 'Seu perfil não lista as comunidades em que você participa.',
		exposures: {on: 'As comunidades em que você participa aparecem no seu perfil'},
		steps: {reddit: redditSteps('Perfil', 'Desative a opção que mostra em quais comunidades você participa.')},
	},
	'reddit-online-status': {
		title: 'O Reddit mostra quando você está online',
		why: 'Um indicador de presença conta a todos com quem você conversa quando você está conectado, inclusive de madrugada.',
		ok: 'O Reddit não mostra quando você está online.',
		exposures: {on: 'Seu status online está visível'},
		steps: {reddit: redditSteps('Privacidade', 'Desative a opção que mostra que você está ativo no Reddit.')},
	},
	'reddit-messages-from-everyone': {
		title: 'Qualquer pessoa no Reddit pode enviar mensagens privadas para você',
		why: 'Mensagens não solicitadas são a porta de entrada de golpes e sextorsão: as denúncias de sextorsão financeira de menores subiram 20% em um ano (FBI, 2024).',
		ok: 'Desconhecidos não podem enviar mensagens privadas para você.',
		exposures: {anyone: 'Qualquer pessoa pode enviar mensagens privadas para você'},
		steps: {reddit: redditSteps('Privacidade', 'Em "Quem pode enviar mensagens privadas para você", escolha "Ninguém" e depois adicione as pessoas em quem confia.')},
	},
	'reddit-location-recommendations': {
		title: 'O Reddit adapta o que mostra à sua localização aproximada',
		why: 'Sua localização, deduzida da sua conexão, passa a fazer parte do que o Reddit guarda sobre você e acompanha a conta de onde quer que você poste.',
		ok: 'As recomendações não usam a sua localização.',
		exposures: {on: 'As recomendações com base na sua localização aproximada estão ativadas'},
		steps: {reddit: redditSteps('Privacidade', 'Desative as recomendações personalizadas com base na sua localização aproximada.')},
	},
	'reddit-profile-discoverable': {
		title: 'Seu perfil e seus posts são mostrados a desconhecidos',
		why: 'Listado entre os usuários e no r/all, um perfil chega a quem nunca o procurou, o que torna uma conta anônima mais fácil de achar e de juntar as peças.',
		ok: 'Seu perfil não é listado para desconhecidos descobrirem.',
		exposures: {on: '"Visibilidade do conteúdo" está ativado'},
		steps: {reddit: redditSteps('Perfil', 'Desative "Visibilidade do conteúdo".')},
	},
};
