import type {XLabel} from './en.js';

/**
 * X's Portuguese (Brazil) (pt) wordings, from its shipped web client (`client-web/i18n/pt.js`, H, 2025-07, the
 * same build as labels-en.ts: each entry is the string X files under the same message id as the English
 * one, as mirrored in github.com/DzikStar/X-SCRAPER). X's no-break spaces (French "sur\u00a0X") are
 * ordinary spaces to normalizeText.
 */
export const labelsPt = {
	protectPosts: 'Proteger suas publicações',
	photoTagging: 'Marcação de fotos',
	taggingAnyone: 'Qualquer pessoa pode marcar você',
	taggingFollowing: 'Somente as pessoas seguidas podem marcar você',
	taggingOff: 'Desativado',
	geotagPosts: 'Adicionar informações de localização aos seus posts',
	findByEmail: 'Permitir que as pessoas que têm seu endereço de e-mail encontrem você no X',
	findByPhone: 'Permitir que as pessoas que têm seu número de celular encontrem você no X',
	messageRequests: 'Permitir solicitações de mensagem de:',
	requestsNoOne: 'Ninguém',
	requestsVerified: 'Usuários verificados',
	requestsEveryone: 'Qualquer pessoa',
	businessPartners: 'Permitir o compartilhamento de informações adicionais com parceiros de negócios',
	personalizedAds: 'Anúncios personalizados',
	inferredIdentity: 'Personalizar com base na sua identidade inferida',
	// The empty list's help text ("Third-party apps you allow to access your X account will show up here.").
	noConnectedApps: 'Os aplicativos de terceiros aos quais você dá acesso à conta do X serão exibidos aqui.',
	grokTraining: 'Permita que seus dados públicos, bem como suas interações, entradas e resultados com o Grok e o xAI, sejam usados para treinamento e ajuste',
	// Edit profile › Birth date › "Who sees this?" options.
	visibilityPublic: 'Público',
	visibilityFollowers: 'Seus seguidores',
	visibilityFollowing: 'Pessoas que você segue',
	visibilityMutual: 'Vocês seguem um ao outro',
	visibilityOnlyYou: 'Somente você',
} as const satisfies Record<XLabel, string | readonly string[]>;
