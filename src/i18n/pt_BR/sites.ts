import type {Catalog} from '../catalog.js';

// Page titles by page kind, and the links clicked to reach pages no address opens, in the words of each
// site's Brazilian UI where known (confidence as in fix-steps.ts); test/i18n-catalog.test.ts fails when one is missing.
export const sites: Catalog['sites'] = {
	// Facebook's Brazilian UI: "Sobre", "Informações de contato e básicas", "Lugares onde morou",
	// "Configurações", "Central de Contas" (M); "Verificação de Privacidade" (M).
	facebook: {
		checkup: 'Verificação de Privacidade do Facebook',
		pages: {
			'about-contact-and-basic-info': 'Sobre › Informações de contato e básicas',
			'about-contact-info': 'Sobre › Informações de contato',
			'about-basic-info': 'Sobre › Informações básicas',
			'about-places': 'Sobre › Lugares onde morou',
			'settings-posts': 'Configurações › Publicações',
			'settings-find-and-contact': 'Configurações › Como as pessoas encontram e contatam você',
			'settings-profile-and-tagging': 'Configurações › Perfil e marcação',
			'settings-apps': 'Configurações › Aplicativos e sites',
			'accounts-center-contact-points': 'Central de Contas › Informações de contato',
		},
	},
	// X's Portuguese web client (2025, H), except the checkup, which X has none of by that name.
	x: {
		checkup: 'Verificação de privacidade do X',
		pages: {
			'settings-audience': 'Configurações › Público, mídia e marcação',
			'settings-location': 'Configurações › Adicionar informações de localização aos seus posts',
			'settings-contacts': 'Configurações › Visibilidade e contatos',
			'settings-direct-messages': 'Configurações › Mensagens Diretas',
			'settings-data-sharing': 'Configurações › Compartilhamento de dados com parceiros comerciais',
			'settings-ads': 'Configurações › Preferências de anúncios',
			'settings-grok': 'Configurações › Grok e Colaboradores de Terceiros',
			'edit-profile': 'Editar perfil',
			'settings-inferred-identity': 'Configurações › Identidade inferida',
			'settings-connected-apps': 'Configurações › Aplicativos e sessões › Aplicativos conectados',
			profile: 'Seu perfil',
		},
		clicks: {profile: 'Perfil'},
	},
	// LinkedIn's Brazilian UI: "Configurações", "Visibilidade", "Informações de contato" (M); the other
	// pages' names are faithful translations (L).
	linkedin: {
		checkup: 'Verificação de privacidade do LinkedIn',
		pages: {
			'visibility-settings': 'Configurações › Visibilidade',
			'data-for-ai': 'Configurações › Dados para aprimoramento da IA generativa',
			'ads-beyond-linkedin': 'Configurações › Dados de publicidade › Anúncios além do LinkedIn',
			'ads-inferred-location': 'Configurações › Dados de publicidade › Localização inferida',
			'ads-by-age': 'Configurações › Dados de publicidade › Idade',
			'ads-by-gender': 'Configurações › Dados de publicidade › Gênero',
			'ads-interests': 'Configurações › Dados de publicidade › Categorias de interesse',
			'ads-business-interactions': 'Configurações › Dados de publicidade › Interações com empresas',
			'ads-related-actions': 'Configurações › Dados de publicidade › Ações relacionadas a anúncios',
			'research': 'Configurações › Privacidade de dados › Pesquisa social, econômica e sobre o trabalho',
			'discover-by-email': 'Configurações › Visibilidade › Descoberta do perfil pelo endereço de e-mail',
			'discover-by-phone': 'Configurações › Visibilidade › Descoberta do perfil pelo número de telefone',
			'permitted-services': 'Configurações › Privacidade de dados › Serviços permitidos',
			'contact-info': 'Seu perfil › Informações de contato',
		},
		clicks: {'contact-info': 'Informações de contato'},
	},
	// Instagram's Brazilian UI (M); Meta calls Accounts Center "Central de Contas" in Brazil (H).
	instagram: {
		checkup: 'Verificação de Privacidade do Instagram',
		pages: {
			'account-privacy': 'Configurações › Privacidade da conta',
			'edit-profile': 'Editar perfil',
			'tags-and-mentions': 'Configurações › Marcações e menções',
			'messages-and-story-replies': 'Configurações › Mensagens e respostas ao story',
			'apps-and-websites': 'Configurações › Aplicativos e sites',
			'accounts-center-personal-details': 'Central de Contas › Dados pessoais',
		},
	},
	tiktok: {
		checkup: 'Verificação de privacidade do TikTok',
		pages: {
			profile: 'Seu perfil',
			'settings-privacy': 'Configurações › Privacidade',
		},
	},
	reddit: {
		checkup: 'Configurações do Reddit › Privacidade',
		pages: {
			'settings-privacy': 'Configurações › Privacidade',
			'settings-profile': 'Configurações › Perfil',
		},
	},
	google: {
		checkup: 'Check-up de privacidade do Google',
		pages: {
			profile: 'Sobre mim',
			'activity-location': 'Dados e privacidade › Linha do tempo',
			'activity-web-app': 'Dados e privacidade › Atividade na Web e de apps',
			'location-sharing': 'Compartilhamento de local',
			connections: 'Segurança › Suas conexões com apps e serviços de terceiros',
			'shared-endorsements': 'Pessoas e compartilhamento › Recomendações compartilhadas',
		},
	},
	strava: {
		checkup: 'Controles de privacidade do Strava',
		pages: {
			'settings-privacy': 'Configurações › Controles de privacidade',
			athlete: 'Seu perfil',
			'settings-apps': 'Configurações › Meus aplicativos',
		},
		clicks: {athlete: 'Meu perfil'},
	},
	youtube: {
		checkup: 'Configurações de privacidade do YouTube',
		pages: {
			'account-privacy': 'Configurações › Privacidade',
			'channel-about': 'Seu canal › Sobre',
		},
		clicks: {'channel-about': 'Seu canal'},
	},
};
