import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, xSteps} from './fix-steps.js';

// Where your data goes: location on posts, apps, search engines, ads, data sharing, AI training
// (families geolocation and third-party). X's labels from its Portuguese client (H); Facebook's and
// LinkedIn's as their Brazilian UIs are best known to word them (L).
export const dataRules: Readonly<Record<string, RuleTexts>> = {
	'geotag-posts': {
		title: 'O X pode adicionar sua localização aos seus posts',
		why: 'Marcações de localização em posts deixam desconhecidos descobrirem onde você mora e quando você está fora ("cybercasing", Friedland e Sommer, 2010).',
		ok: 'Informações de localização não são adicionadas aos seus posts.',
		exposures: {on: '"Adicionar informações de localização aos seus posts" está ativado'},
		steps: {x: xSteps(['Seus posts', 'Informações de localização', 'Adicionar informações de localização aos seus posts'], 'Desative e use "Remover todas as informações de localização vinculadas aos seus posts".')},
	},
	'business-partner-sharing': {
		title: 'O X compartilha informações adicionais sobre você com parceiros comerciais',
		why: 'Pela política de privacidade do X de outubro de 2024, os parceiros comerciais podem usar os dados compartilhados com eles para fins próprios, inclusive treinar IA (Silicon Republic, 18/10/2024).',
		ok: 'O compartilhamento adicional com parceiros comerciais está desativado.',
		exposures: {on: '"Permitir o compartilhamento de informações adicionais com parceiros de negócios" está ativado'},
		steps: {x: xSteps(['Compartilhamento e personalização de dados', 'Compartilhamento de dados com parceiros comerciais'], 'Desative "Permitir o compartilhamento de informações adicionais com parceiros de negócios".')},
	},
	'connected-apps': {
		title: 'Aplicativos e sites ainda podem ler sua conta',
		why: 'Um aplicativo de quiz instalado por cerca de 270 mil pessoas repassou à Cambridge Analytica dados de até 87 milhões, incluindo aniversário e cidade atual (2018).',
		ok: 'Nenhum aplicativo ou site tem acesso ativo à sua conta.',
		exposures: {apps: {count: 'count', one: '{count} aplicativo ou site pode acessar sua conta', other: '{count} aplicativos ou sites podem acessar sua conta'}},
		steps: {
			facebook: [facebookSteps.settings, 'Abra "Aplicativos e sites".', 'Na guia Ativos, remova todos os aplicativos que você não usa.'],
			x: ['Abra Mais › Configurações e privacidade › Segurança e acesso à conta.', 'Abra "Aplicativos e sessões" e depois "Aplicativos conectados".', 'Abra cada aplicativo que você não usa e revogue o acesso dele.'],
			linkedin: ['Abra Eu › Configurações e privacidade.', 'Abra "Privacidade de dados" e depois "Serviços permitidos".', 'Remova todos os serviços que você não usa.'],
			instagram: ['Abra Mais (☰) › Configurações.', 'Abra "Aplicativos e sites".', 'Na guia Ativos, remova todos os aplicativos e sites que você não usa.'],
			strava: ['Passe o cursor sobre sua foto de perfil (no canto superior direito) e escolha Configurações.', 'Abra a guia "My Apps" (meus aplicativos).', 'Revogue o acesso de todos os aplicativos que você não usa.'],
		},
	},
	'inferred-identity': {
		title: 'O X liga à sua conta navegadores e aparelhos que ele acha que são seus',
		why: 'A atividade em aparelhos e navegadores em que você nunca entrou na conta é juntada ao seu perfil para personalização e anúncios; o X pagou US$ 150 milhões por usar em anúncios dados de contato fornecidos para segurança (FTC e DOJ, 2022).',
		ok: 'O X não personaliza com base na sua identidade inferida.',
		exposures: {on: '"Personalizar com base na sua identidade inferida" está ativado'},
		steps: {x: xSteps(['Compartilhamento e personalização de dados', 'Identidade inferida'], 'Desative "Personalizar com base na sua identidade inferida".')},
	},
	'search-engine-linking': {
		title: 'Mecanismos de pesquisa direcionam para o seu perfil',
		why: 'Perfis indexados aparecem para qualquer pessoa que pesquise seu nome e alimentam corretores de dados; a Consumer Reports incluiu "ser encontrado por um mecanismo de pesquisa" entre os hábitos a abandonar (2010).',
		ok: 'Mecanismos de pesquisa fora do site não direcionam para o seu perfil.',
		exposures: {on: 'Mecanismos de pesquisa fora do Facebook podem direcionar para o seu perfil'},
		steps: {facebook: [facebookSteps.settings, facebookSteps.findAndContactPage, 'Desative "Permitir que mecanismos de pesquisa fora do Facebook direcionem para o seu perfil".']},
	},
	'personalized-ads': {
		title: 'O X personaliza anúncios com dados de fora do X',
		why: 'Dados de parceiros montam um perfil do seu comportamento, e o X pagou US$ 150 milhões por usar em anúncios números de telefone e e-mails fornecidos para segurança (FTC e DOJ, 2022).',
		ok: 'Os anúncios personalizados estão desativados.',
		exposures: {on: '"Anúncios personalizados" está ativado'},
		steps: {x: xSteps(['Compartilhamento e personalização de dados', 'Preferências de anúncios'], 'Desative "Anúncios personalizados".')},
	},
	'linkedin-ads-inferred-location': {
		title: 'O LinkedIn direciona anúncios pelo lugar onde deduz que você está',
		why: 'Seu endereço IP situa você em uma cidade ou mais perto; anúncios direcionados assim dizem aos anunciantes onde você mora e trabalha, e seguem você quando viaja (Ajuda do LinkedIn, dados de publicidade).',
		ok: 'O LinkedIn não usa sua localização inferida para anúncios.',
		exposures: {on: '"Localização inferida" está ativado'},
		steps: {linkedin: linkedinSteps(['Dados de publicidade', 'Localização inferida'], 'Desative a chave.')},
	},
	'ads-beyond-linkedin': {
		title: 'O LinkedIn usa seus dados para anúncios em outros sites',
		why: 'Redes de anúncios que seguem você de site em site montam um perfil do seu comportamento, e dados de anúncios são reaproveitados além daquilo para o que foram fornecidos (o X pagou US$ 150 milhões por isso, FTC e DOJ, 2022).',
		ok: 'O LinkedIn não usa seus dados para anúncios fora do LinkedIn.',
		exposures: {on: '"Anúncios além do LinkedIn" está ativado'},
		steps: {linkedin: linkedinSteps(['Dados de publicidade', 'Anúncios além do LinkedIn'], 'Desative a chave.')},
	},
	'ai-training': {
		title: 'Seus posts e dados treinam os modelos de IA do site',
		why: 'O X ativou o treinamento do Grok para todas as contas por padrão em julho de 2024 (Reclaim The Net, 26/07/2024), o LinkedIn fez o mesmo em setembro de 2024 (Ajuda do LinkedIn a6278444), e desativar não desfaz o treinamento já feito.',
		ok: 'Seus dados não são usados para treinar os modelos de IA do site.',
		exposures: {on: 'Seus posts, seu perfil e suas conversas com a IA podem ser usados para treinar IA'},
		steps: {
			x: xSteps(['Compartilhamento e personalização de dados', 'Grok e Colaboradores de Terceiros'],
				'Desative "Permita que seus dados públicos … sejam usados para treinamento e ajuste" e apague seu histórico de conversas com o Grok.'),
			linkedin: linkedinSteps(['Privacidade de dados', 'Dados para aprimoramento da IA generativa'], 'Desative "Usar meus dados para treinar modelos de IA de criação de conteúdo".'),
		},
	},
};
