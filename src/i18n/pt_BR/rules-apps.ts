import type {RuleTexts} from '../catalog.js';
import {appSteps} from './fix-steps.js';
import {questions} from './questions.js';

// Settings only the phone apps show, answered through guided questions (src/core/rules/<id>.ts with
// appFix). The steps follow each question's Brazilian path in the app (src/i18n/pt_BR/questions.ts).
const path = (question: string): readonly string[] => questions[question]!.path;

export const appRules: Readonly<Record<string, RuleTexts>> = {
	'tiktok-dms-from-everyone': {
		title: 'Desconhecidos no TikTok podem enviar mensagens diretas para você',
		why: 'Mensagens não solicitadas são como golpes e sextorsão começam: as denúncias de sextorsão financeira de menores subiram 20% em um ano (FBI, 2024), e o TikTok desativa as mensagens diretas para jovens de 13 a 15 anos e as define como "Ninguém" para jovens de 16 e 17 anos (TikTok, 2021).',
		ok: 'Só amigos, ou ninguém, podem enviar mensagens para você.',
		exposures: {
			anyone: 'Qualquer pessoa no TikTok pode enviar mensagens diretas para você',
			suggested: 'Pessoas que o TikTok sugere para você podem enviar mensagens diretas para você',
		},
		steps: {tiktok: appSteps('TikTok', path('tiktok.direct-messages'), 'Escolha "Amigos" ou "Ninguém".')},
	},
	'tiktok-suggests-account': {
		title: 'O TikTok sugere sua conta a outras pessoas',
		why: 'As sugestões empurram seu perfil para desconhecidos que têm contatos ou conexões em comum com você; o NCMEC contou mais de 186 mil denúncias de aliciamento online em 2023, mais de 300% acima de 2021 (NCMEC, 2024).',
		ok: 'O TikTok não sugere sua conta a outras pessoas.',
		exposures: {on: '"Sugerir sua conta a outras pessoas" está ativado para pelo menos um grupo'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.suggest-account'), 'Desative todas as chaves.')},
	},
	'tiktok-location-services': {
		title: 'O TikTok usa a localização do seu aparelho',
		why: 'Uma localização que o aplicativo coleta sem uma escolha consciente a cada vez pode ligar seus posts e seu feed ao lugar onde você está ("cybercasing", Friedland e Sommer, 2010); o TikTok ainda a estima pela sua rede quando isto está desativado (Ajuda do TikTok).',
		ok: 'Os serviços de localização do TikTok estão desativados.',
		exposures: {on: '"Serviços de localização" está ativado'},
		steps: {tiktok: appSteps('TikTok', path('tiktok.location-services'), 'Desative "Serviços de localização".')},
	},
	'snapchat-contact-me-everyone': {
		title: 'Qualquer pessoa no Snapchat pode entrar em contato com você',
		why: 'Mensagens não solicitadas são como golpes e sextorsão começam, e o Snapchat está entre as plataformas mais denunciadas por sextorsão de menores (NCMEC, 2024); contas de adolescente não podem ser abertas para todos (Snap).',
		ok: 'Só seus amigos (e os contatos salvos) podem entrar em contato com você.',
		exposures: {everyone: '"Entrar em contato comigo" está definido como Todos'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.contact-me'), 'Escolha "Meus amigos".')},
	},
	'snapchat-story-public': {
		title: 'Qualquer pessoa pode ver sua Story no Snapchat',
		why: 'As Stories trazem pistas em tempo real de onde você está e com quem, e é isso que permite que desconhecidos encontrem você ("cybercasing", Friedland e Sommer, 2010).',
		ok: 'Só amigos, ou pessoas que você escolheu, veem sua Story.',
		exposures: {everyone: '"Ver minha Story" está definido como Todos'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.view-my-story'), 'Escolha "Amigos" ou "Personalizado".')},
	},
	'snapchat-quick-add': {
		title: 'O Snapchat sugere você a desconhecidos no Adição Rápida',
		why: 'O Adição Rápida empurra seu perfil para pessoas com amigos em comum, o caminho que quem pratica sextorsão usa para chegar a adolescentes; o Instagram e o Snapchat foram as plataformas mais denunciadas por isso (NCMEC, 2024).',
		ok: 'Você não aparece no Adição Rápida.',
		exposures: {on: '"Me mostrar no Adição Rápida" está ativado'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.quick-add'), 'Desative "Me mostrar no Adição Rápida".')},
	},
	'snap-map-location': {
		title: 'Seus amigos podem ver onde você está no Snap Map',
		why: 'A localização em tempo real é a coisa mais perigosa de compartilhar, e "amigos" não é um público seguro: a maioria dos perseguidores conhece a vítima, e 61% das mulheres vítimas de perseguição são perseguidas por um parceiro (NNEDV/CDC, 2017).',
		ok: 'O Modo Fantasma está ativado: ninguém vê sua localização.',
		exposures: {off: 'O Modo Fantasma está desativado: seus amigos veem sua localização ao vivo'},
		steps: {snapchat: appSteps('Snapchat', path('snapchat.ghost-mode'), 'Ative o "Modo Fantasma".')},
	},
	'instagram-map-location': {
		title: 'Você compartilha sua localização no mapa do Instagram',
		why: 'A localização em tempo real é a coisa mais perigosa de compartilhar: a maioria dos perseguidores conhece a vítima (NNEDV/CDC, 2017), e 37 procuradores-gerais de estados americanos pediram à Meta que proibisse menores no mapa do Instagram (2025).',
		ok: 'Você não compartilha sua localização com ninguém.',
		exposures: {
			friends: 'Seus amigos podem ver sua localização ao vivo no mapa',
			picked: 'As pessoas que você escolheu podem ver sua localização ao vivo no mapa',
		},
		steps: {instagram: appSteps('Instagram', path('instagram.map-sharing'), 'Escolha "Ninguém".')},
	},
	'instagram-message-requests': {
		title: 'Desconhecidos no Instagram podem enviar solicitações de mensagem para você',
		why: 'Mensagens não solicitadas são como golpes e sextorsão começam: as denúncias de sextorsão financeira de menores subiram 20% em um ano (FBI, 2024), e as contas de adolescente do Instagram só recebem mensagens de pessoas que eles seguem (Meta, 2024).',
		ok: 'Pessoas que você não segue não podem enviar solicitações de mensagem para você.',
		exposures: {anyone: 'Qualquer pessoa no Instagram pode enviar solicitações de mensagem para você'},
		steps: {instagram: [
			'Abra Mais (☰) › Configurações › "Mensagens e respostas ao story" (no aplicativo: Perfil › ☰ › Configurações e atividade › Mensagens e respostas ao story › Solicitações de mensagem).',
			'Em "Outras pessoas no Instagram", escolha "Não receber solicitações".',
		]},
	},
	'instagram-activity-status': {
		title: 'O Instagram mostra quando você está online',
		why: 'O status de atividade conta para todo mundo com quem você troca mensagens quando você está online, inclusive tarde da noite (risks-and-settings.md, INT-05).',
		ok: 'Seu status de atividade está oculto.',
		exposures: {on: '"Mostrar status de atividade" está ativado'},
		steps: {instagram: appSteps('Instagram', path('instagram.activity-status'), 'Desative "Mostrar status de atividade".')},
	},
	'venmo-public-payments': {
		title: 'Seus novos pagamentos no Venmo são públicos',
		why: 'As descrições de pagamentos públicos revelam saúde, relacionamentos, hábitos e lugares: um único pesquisador coletou 208 milhões de transações públicas do Venmo de 2017 (Public by Default, 2018).',
		ok: 'Os novos pagamentos não são públicos.',
		exposures: {public: 'Qualquer pessoa pode ver para quem você paga e por quê'},
		steps: {venmo: appSteps('Venmo', path('venmo.default-privacy'), 'Escolha "Private" (privado) e depois, em "Past transactions" (transações anteriores), escolha "Change all to Private" (mudar todas para privado).')},
	},
	'venmo-friends-list-public': {
		title: 'Sua lista de amigos no Venmo é pública',
		why: 'Uma lista de amigos pública mapeia sua família e seu círculo: repórteres encontraram a família do presidente dos EUA pelas listas de amigos do Venmo em menos de 10 minutos (BuzzFeed via EFF, 2021).',
		ok: 'Sua lista de amigos não é pública.',
		exposures: {public: 'Qualquer pessoa pode ver quem são seus amigos no Venmo'},
		steps: {venmo: appSteps('Venmo', path('venmo.friends-list'), 'Escolha "Private" (privado).')},
	},
};
