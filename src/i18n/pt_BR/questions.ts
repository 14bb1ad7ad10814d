import type {Catalog} from '../catalog.js';

// Brazilian Portuguese for the guided questions (src/core/questions/*.ts): the in-app path, the question,
// the app's own option labels and the defaults. Where the app's Brazilian labels are documented they are
// used as the app shows them; confidence per app:
// - TikTok: "Perfil › ☰ › Configurações e privacidade › Privacidade", "Conta privada", "Mensagens
//   diretas", "Amigos", "Ninguém" (support.tiktok.com/pt-BR and Brazilian guides, M); the other rows and
//   options are faithful translations (L).
// - Snapchat: "Configurações", "Controles de privacidade", "Meus amigos", "Modo Fantasma" (help.snapchat.com/pt-BR, M);
//   "Entrar em contato comigo", "Ver minha Story", "Me mostrar no Adição Rápida" (translations, L).
// - Instagram: "Configurações e atividade", "Privacidade da conta", "Conta privada", "Amigos próximos",
//   "Mensagens e respostas ao story" (Brazilian guides, M); the Map's rows and "Não receber
//   solicitações" (L).
// - Venmo: not offered in Portuguese, so its labels stay as the app shows them, with a Portuguese gloss (L).
const tiktok = ['Perfil', '☰', 'Configurações e privacidade', 'Privacidade'];
const snapchat = ['Seu avatar', '⚙ Configurações', 'Controles de privacidade'];
const instagram = ['Perfil', '☰', 'Configurações e atividade'];
const venmo = ['☰', 'Settings (Configurações)', 'Privacy (Privacidade)'];
const onOff = (on = 'Ativado', off = 'Desativado') => ({on, off});
const venmoAudience = {public: 'Public (público)', friends: 'Friends (amigos)', private: 'Private (privado)'};

export const questions: Catalog['questions'] = {
	// TikTok
	'tiktok.private-account': {
		path: [...tiktok, 'Conta privada'],
		ask: 'A opção "Conta privada" está ativada?',
		options: onOff(),
		defaults: {adult: 'Desativada (pública)', teen: '13–15 anos: ativada; 16–17 anos: ativada, a não ser que tenham escolhido conta pública no cadastro'},
	},
	'tiktok.direct-messages': {
		path: [...tiktok, 'Mensagens diretas'],
		ask: 'Quem pode enviar mensagens diretas para você?',
		options: {everyone: 'Todos', 'suggested-friends': 'Amigos sugeridos', friends: 'Amigos', 'no-one': 'Ninguém'},
		defaults: {adult: 'não documentado', teen: '13–15 anos: mensagens diretas indisponíveis; 16–17 anos: Ninguém'},
	},
	'tiktok.suggest-account': {
		path: [...tiktok, 'Sugerir sua conta a outras pessoas'],
		ask: 'Alguma destas chaves está ativada: Contatos, Amigos do Facebook, Pessoas com conexões em comum, Pessoas que abrem ou enviam links para você?',
		options: onOff('Uma ou mais estão ativadas', 'Todas estão desativadas'),
		defaults: {adult: 'Ativado', teen: '13–15 anos: desativado'},
	},
	'tiktok.location-services': {
		path: [...tiktok, 'Serviços de localização'],
		ask: 'Os "Serviços de localização" estão ativados?',
		options: onOff(),
		defaults: {adult: 'pedido na primeira vez que você abre o feed Para Você', teen: 'não documentado'},
	},
	'tiktok.downloads': {
		path: [...tiktok, 'Downloads'],
		ask: 'A opção "Downloads de vídeo" está ativada?',
		options: onOff(),
		defaults: {adult: 'Ativado', teen: '13–15 anos: não permitido; 16–17 anos: desativado'},
	},
	// Snapchat
	'snapchat.contact-me': {
		path: [...snapchat, 'Entrar em contato comigo'],
		ask: 'Quem pode entrar em contato com você?',
		options: {everyone: 'Todos', friends: 'Meus amigos', 'friends-and-contacts': 'Meus amigos e contatos'},
		defaults: {adult: 'Meus amigos (e contatos)', teen: 'Meus amigos e contatos, sem poder ampliar'},
	},
	'snapchat.view-my-story': {
		path: [...snapchat, 'Ver minha Story'],
		ask: 'Quem pode ver sua Story?',
		options: {everyone: 'Todos', friends: 'Amigos', custom: 'Personalizado'},
		defaults: {adult: 'Amigos', teen: 'Amigos'},
	},
	'snapchat.quick-add': {
		path: [...snapchat, 'Me mostrar no Adição Rápida'],
		ask: 'A opção "Me mostrar no Adição Rápida" está ativada?',
		options: onOff(),
		defaults: {adult: 'Ativado', teen: 'limitado a pessoas com amigos em comum'},
	},
	'snapchat.ghost-mode': {
		path: ['Snap Map', '⚙ Configurações', 'Modo Fantasma'],
		ask: 'O "Modo Fantasma" está ativado (sua localização oculta para todos)?',
		options: onOff('Ativado (localização oculta)', 'Desativado (seus amigos podem ver sua localização)'),
		defaults: {adult: 'compartilhamento de localização desativado', teen: 'compartilhamento de localização desativado; só para amigos, se for ativado'},
	},
	// Instagram
	'instagram.private-account': {
		path: [...instagram, 'Privacidade da conta'],
		ask: 'A opção "Conta privada" está ativada?',
		options: onOff(),
		defaults: {adult: 'Desativada (pública)', teen: 'Ativada (privada)'},
	},
	'instagram.map-sharing': {
		path: [...instagram, 'Story, ao vivo e localização', 'Compartilhamento de localização'],
		ask: 'Com quem você compartilha sua localização no mapa do Instagram?',
		options: {friends: 'Amigos', 'close-friends': 'Amigos próximos', 'only-these-friends': 'Somente estes amigos', 'no-one': 'Ninguém'},
		defaults: {adult: 'Ninguém (o compartilhamento precisa ser ativado por você)', teen: 'Ninguém (o compartilhamento precisa ser ativado por você)'},
	},
	'instagram.message-requests': {
		path: [...instagram, 'Mensagens e respostas ao story', 'Solicitações de mensagem'],
		ask: 'Em "Outras pessoas no Instagram", para onde vão as mensagens delas?',
		options: {requests: 'Solicitações de mensagem', 'dont-receive': 'Não receber solicitações'},
		defaults: {adult: 'entregues nas solicitações de mensagem', teen: 'só de pessoas que o adolescente segue ou com quem já tem conexão'},
	},
	'instagram.activity-status': {
		path: [...instagram, 'Mensagens e respostas ao story', 'Mostrar status de atividade'],
		ask: 'A opção "Mostrar status de atividade" está ativada?',
		options: onOff(),
		defaults: {adult: 'Ativado', teen: 'não documentado'},
	},
	// Venmo
	'venmo.default-privacy': {
		path: [...venmo, 'Default privacy setting (privacidade padrão)'],
		ask: 'Qual configuração de privacidade padrão ("Default privacy setting") está escolhida?',
		options: venmoAudience,
		defaults: {adult: 'Public (público)', teen: 'não documentado'},
	},
	'venmo.friends-list': {
		path: [...venmo, 'Friends list (lista de amigos)'],
		ask: 'Quem pode ver sua lista de amigos ("Friends list")?',
		options: venmoAudience,
		defaults: {adult: 'Public (público)', teen: 'não documentado'},
	},
};
