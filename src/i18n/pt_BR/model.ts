import type {BioFieldId} from '../../core/model/fields.js';
import type {Catalog} from '../catalog.js';

// Brazilian Portuguese for the engine's own words (field names, audiences, choices, reasons, and its
// global messages). The user is addressed as "você", as the platforms' Brazilian UIs do. Audience names
// follow Facebook's Brazilian UI (Público, Amigos de amigos, Amigos: H; "Somente eu", said here as
// "Somente você" because Overshare, not the user, is speaking: M); X's wordings come from its shipped
// Portuguese web client (DzikStar/X-SCRAPER client-web/i18n/pt.js, 2025, H).

export const fields: Omit<Catalog['fields'], BioFieldId> = {
	birthdayDayMonth: 'Aniversário (dia e mês)',
	birthdayYear: 'Ano de nascimento',
	currentCity: 'Cidade atual',
	hometown: 'Cidade natal',
	address: 'Endereço residencial',
	phone: 'Número de telefone',
	email: 'Endereço de e-mail',
	phoneOnAccount: 'Número de telefone da sua conta',
	emailOnAccount: 'Endereço de e-mail da sua conta',
	futurePostsAudience: 'Quem pode ver suas publicações futuras',
	friendsListAudience: 'Quem pode ver sua lista de amigos',
	lookupByEmailAudience: 'Quem pode procurar você pelo endereço de e-mail',
	lookupByPhoneAudience: 'Quem pode procurar você pelo número de telefone',
	friendRequestsAudience: 'Quem pode enviar solicitações de amizade para você',
	searchEngineLinking: 'Mecanismos de pesquisa fora do site direcionam para o seu perfil',
	taggedPostsAudience: 'Quem pode ver as publicações em que você foi marcado',
	reviewTaggedPosts: 'Revisar as publicações em que você foi marcado',
	reviewTagsOnOwnPosts: 'Revisar as marcações que as pessoas adicionam às suas publicações',
	activeAppCount: 'Aplicativos e sites ativos',
	postsProtected: 'Posts protegidos (só para seguidores)',
	photoTagging: 'Quem pode marcar você em fotos',
	geotagPosts: 'Localização adicionada aos seus posts',
	findableByEmail: 'Quem tem seu endereço de e-mail pode encontrar você',
	findableByPhone: 'Quem tem seu número de telefone pode encontrar você',
	messageRequestsFrom: 'Quem pode enviar solicitações de mensagem para você',
	businessPartnerSharing: 'Compartilhamento de informações adicionais com parceiros comerciais',
	personalizedAds: 'Anúncios personalizados',
	aiTrainingAllowed: 'Seus dados usados para treinar os modelos de IA do site',
	inferredIdentity: 'O X personaliza com base na sua identidade inferida',
	birthdateOnProfile: 'Uma linha de data de nascimento ("Nascido(a) em …") no seu perfil',
	connectionsVisible: 'Suas conexões podem ver sua lista de conexões',
	adsBeyondLinkedIn: 'Seus dados do LinkedIn usados para anúncios em outros sites',
	adsInferredLocation: 'Sua localização inferida para anúncios',
	adsByAge: 'Sua idade usada para direcionar anúncios',
	adsByGender: 'Seu gênero usado para direcionar anúncios',
	adsByInterests: 'Interesses deduzidos da sua atividade usados em anúncios',
	adsFromBusinessInteractions: 'O que empresas sabem de você usado em anúncios',
	adsConversionTracking: 'Suas ações em sites de anunciantes ligadas aos anúncios deles',
	researchDataSharing: 'Seus dados compartilhados com pesquisadores externos',
	locationRecommendations: 'Recomendações com base na sua localização aproximada',
	onlineStatusShown: 'Seu status online, visível para os outros',
	privateMessagesFrom: 'Quem pode enviar mensagens privadas para você',
	followersAllowed: 'Outras pessoas podem seguir você',
	profileContentPublic: 'Todos os seus posts e comentários, visíveis no seu perfil',
	activeCommunitiesShown: 'As comunidades em que você participa, visíveis no seu perfil',
	profileDiscoverable: 'Seu perfil listado para ser descoberto (lista de usuários, r/all)',
	accountPrivate: 'Conta privada (só os seguidores que você aprova veem seus posts)',
	accountSuggestions: 'Sua conta sugerida em outros perfis',
	mentionsFrom: 'Quem pode mencionar você',
	birthdayOnAccount: 'Uma data de nascimento na sua conta',
	// TikTok: "Dueto" and "Costura" are taken as TikTok's Brazilian names for Duet and Stitch (L).
	followingListAudience: 'Quem pode ver as contas que você segue',
	likedVideosPublic: 'Outras pessoas podem ver os vídeos que você curtiu',
	commentsAudience: 'Quem pode comentar nas suas publicações',
	duetAudience: 'Quem pode fazer Dueto com suas publicações',
	stitchAudience: 'Quem pode fazer Costura com suas publicações',
	downloadsAllowed: 'Outras pessoas podem baixar seus vídeos',
	accountUnder18: 'O site trata a conta como de alguém com menos de 18 anos',
	gender: 'Gênero',
	workAddress: 'Endereço de trabalho',
	locationHistory: 'Linha do tempo (Histórico de localização) salva por onde você passa',
	webAppActivity: 'Atividade na Web e de apps salva suas pesquisas e sua atividade',
	liveLocationShares: 'Pessoas que veem onde você está agora',
	sharedEndorsements: 'Seu nome, foto e atividade em anúncios (recomendações compartilhadas)',
	profilePageAudience: 'Quem pode ver sua página de perfil',
	activitiesAudience: 'Quem pode ver suas novas atividades',
	groupActivitiesAudience: 'Quem pode ver você em atividades em grupo',
	hideStartEndAtAddresses: 'Início e fim ocultos nos endereços escolhidos',
	hideStartEndEverywhere: 'Início e fim de todas as atividades ocultos',
	hideActivityMaps: 'Mapas das atividades ocultos',
	aggregatedDataContribution: 'Suas atividades em mapas de calor e outros dados agregados',
	flybyAudience: 'Quem pode ver você nos Flybys',
	localLegendsAudience: 'Quem pode ver você como Lenda Local',
	mentionsAudience: 'Quem pode mencionar você',
	profileLocationSet: 'Um local no seu perfil',
	savedPlaylistsPublic: 'Suas playlists salvas aparecem no seu canal',
	channelCountry: 'Um país na seção Sobre do seu canal',
	channelLinkCount: 'Links na seção Sobre do seu canal',
	// App-only settings (guided questions): the apps' Brazilian words where known (src/i18n/pt_BR/questions.ts
	// says how sure), otherwise plain descriptions.
	'tiktokApp.directMessages': 'Quem pode enviar mensagens diretas para você no TikTok',
	'tiktokApp.suggestAccount': 'O TikTok sugere sua conta a outras pessoas',
	'tiktokApp.locationServices': 'Serviços de localização do TikTok',
	'snapchatApp.contactMe': 'Quem pode entrar em contato com você no Snapchat',
	'snapchatApp.viewMyStory': 'Quem pode ver sua Story no Snapchat',
	'snapchatApp.quickAdd': 'Você aparece no Adição Rápida do Snapchat',
	'snapchatApp.ghostMode': 'Modo Fantasma do Snap Map (localização oculta)',
	'instagramApp.mapSharing': 'Quem vê sua localização no mapa do Instagram',
	'instagramApp.messageRequests': 'Solicitações de mensagem de outras pessoas no Instagram',
	'instagramApp.activityStatus': 'O Instagram mostra seu status de atividade',
	'venmoApp.defaultPrivacy': 'Quem vê seus novos pagamentos no Venmo',
	'venmoApp.friendsList': 'Quem vê sua lista de amigos no Venmo',
};

// What the user's own bio mentions, by kind (src/core/model/fields.ts bioFieldIds), merged into `fields` in index.ts.
export const bioFields: Pick<Catalog['fields'], BioFieldId> = {
	bioPhone: 'Um número de telefone na sua bio',
	bioEmail: 'Um endereço de e-mail na sua bio',
	bioFullDate: 'Uma data completa (com o ano) na sua bio',
	bioAddress: 'Um endereço na sua bio',
	bioAge: 'Sua idade ou seu ano escolar na sua bio',
	bioSchool: 'O nome de uma escola na sua bio',
};

export const audiences: Catalog['audiences'] = {
	name: {
		public: 'Público',
		'friends-of-friends': 'Amigos de amigos',
		friends: 'Amigos',
		custom: 'uma lista personalizada',
		'only-me': 'Somente você',
	},
	// An audience after "visível para": "qualquer pessoa (Público)", "seus amigos".
	para: {
		public: 'qualquer pessoa (Público)',
		'friends-of-friends': 'os amigos dos seus amigos',
		friends: 'seus amigos',
		custom: 'uma lista personalizada',
		'only-me': 'somente você',
	},
};

// Values a page shows for who may tag you or send you message requests, as the popup's "what changed" names them.
export const choices: Catalog['choices'] = {
	anyone: 'qualquer pessoa',
	following: 'pessoas que você segue',
	off: 'desativado',
	everyone: 'qualquer pessoa',
	verified: 'usuários verificados',
	'no-one': 'ninguém',
};

// The end of "Não foi possível verificar: …".
export const reasons: Catalog['reasons'] = {
	'element-missing': 'a página não mostrou isso, ou o layout dela mudou',
	'unrecognized-value': 'a página mostrou um valor que o Overshare não reconhece',
	'language-unsupported': 'a página está em um idioma que o Overshare ainda não consegue ler',
	'page-not-visited': 'abra a página que mostra esta configuração',
	'not-own-profile': 'este não é o seu próprio perfil',
	'account-unconfirmed': 'a página não mostrou qual conta está conectada',
	'logged-out': 'você não entrou na sua conta',
	'page-not-ready': 'a página não terminou de carregar',
	'not-answered': 'só o aplicativo mostra isso: responda à pergunta correspondente mais abaixo',
	'not-sure': 'você não tinha certeza desta configuração do aplicativo: confira no aplicativo e responda de novo',
	'not-in-download': 'este download não contém o arquivo que diria isso (talvez ele não tenha sido escolhido ao pedir o download)',
	'file-damaged': 'o arquivo do download está danificado ou incompleto',
	'format-unknown': 'o arquivo do download está em uma versão que o Overshare ainda não conhece',
	'file-too-large': 'o arquivo do download é maior do que o Overshare lê, ou está compactado como uma bomba zip',
};

export const messages: Catalog['messages'] = {
	'couldnt-check': 'Não foi possível verificar: {reason}.',
	'couldnt-check-on': 'Não foi possível verificar no {site}: {reason}.',
	// After "Corrigir no" and "Abrir" (messages.json fixInApp, openPage): "Corrigir no aplicativo TikTok".
	'in-app': 'aplicativo {app}',
	'download-not-a-zip': 'Este arquivo não é um zip que o Overshare consiga abrir: ele pode estar danificado ou incompleto. Baixe-o de novo na plataforma.',
	'download-not-recognised': 'Este não é um download de dados que o Overshare conheça (Google Takeout ou a exportação da Linha do tempo do celular, X, Facebook, Instagram, TikTok, LinkedIn ou Snapchat).',
	'download-too-many-files': 'Este arquivo compactado lista mais arquivos do que qualquer download de dados, então o Overshare não o leu.',
	'download-unreadable': 'O Overshare não conseguiu terminar de ler este arquivo: ele pode ter sido movido, alterado ou excluído durante a leitura. Escolha-o de novo.',
};

export const list: Catalog['list'] = {between: ', ', last: ' e '};
